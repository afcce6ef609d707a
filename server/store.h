// Store: everything the server keeps, behind one interface.
//
// The handlers see only this class; SQLite (sqlite_store.h) is the embedded
// default and another engine can replace it later. Every method is safe to
// call from many threads at once. A method that changes data either commits
// all of it durably before returning or changes nothing, and reports failure
// as a Problem with ErrorCode::kStorageFailed (never an exception).
// Voter codes never reach the store in plain text, except the public codes of
// the seeded demo (demo_codes).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/ballot.h"
#include "sammen/problem.h"
#include "sammen/process.h"
#include "sammen/tally.h"
#include "sammen/wire_values.h"  // the plain values only; no JSON here

namespace sammen::server {

// The value of a Result that carries nothing but success.
struct Done {};
using Status = Result<Done>;

// A ballot as stored: the choice and when it was (last) submitted. The voter
// is known to the store only by a keyed hash of the voter code.
struct StoredBallot {
  Ballot ballot;
  UnixSeconds submitted_at = 0;
};

// A published result: the count, language neutral, and when it was published.
struct StoredResult {
  ProcessResult result;
  UnixSeconds published_at = 0;
};

// Everything a first start writes at once (demo seed or an imported setup).
struct InitialData {
  Municipality municipality;
  std::vector<Process> processes;
  // Voter roll: (process id, voter hash).
  std::vector<std::pair<std::string, std::string>> voters;
  // Plain voter codes shown publicly; only for the demo: (process id, code).
  std::vector<std::pair<std::string, std::string>> demo_codes;
};

class Store {
 public:
  virtual ~Store() = default;

  // True when no municipality has been stored yet (a first start).
  virtual Result<bool> empty() = 0;
  // Writes `data` in one transaction.
  virtual Status initialize(const InitialData& data) = 0;

  virtual Result<std::optional<Municipality>> municipality() = 0;
  virtual Result<std::vector<Process>> processes() = 0;
  virtual Result<std::optional<Process>> process(const std::string& process_id) = 0;
  // Replaces the stored process (same id) with `process`: flags and proposals.
  virtual Status save_process(const Process& process) = 0;

  virtual Result<bool> voter_on_roll(const std::string& process_id,
                                     const std::string& voter_hash) = 0;

  // Stores the voter's ballot, replacing an earlier one for the same process;
  // the receipt says which, and holds `ballot` and `now`.
  virtual Result<wire::BallotReceipt> put_ballot(const std::string& voter_hash,
                                                 const Ballot& ballot, UnixSeconds now) = 0;
  virtual Result<std::optional<StoredBallot>> ballot_of(const std::string& process_id,
                                                        const std::string& voter_hash) = 0;
  // Every ballot of the process, without voters, in a canonical order.
  virtual Result<std::vector<StoredBallot>> ballots(const std::string& process_id) = 0;

  // Saves `process` (with its selected / not selected proposals and
  // result_published) and `result` together, in one transaction.
  virtual Status publish(const Process& process, const ProcessResult& result, UnixSeconds now) = 0;
  virtual Result<std::optional<StoredResult>> result(const std::string& process_id) = 0;

  // Small named values: the admin token hash, the voter-code key.
  virtual Result<std::optional<std::string>> setting(const std::string& key) = 0;
  virtual Status set_setting(const std::string& key, const std::string& value) = 0;

  // The public codes of the seeded demo process; none outside a demo.
  virtual Result<std::optional<wire::DemoCodes>> demo_codes() = 0;
};

}  // namespace sammen::server
