// Store: the voter roll and the ballots of every process.
//
// Voters are known only by a keyed hash of their voter code (auth.h), with
// the district the roll puts them in (none for rolls without districts) and
// when staff marked their code used on paper. Ballots are known only by
// their mark, the public hash of the one-time credential that cast them
// (sammen/credentials/receipt.h): nothing ties a ballot to the roll, and no
// time is kept. One credential has one ballot; storing again replaces it.
// Every method
// is safe to call from many threads at once; a method that changes data
// either commits all of it durably or changes nothing, and reports failure
// as kStorageFailed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/ballots/views.h"
#include "sammen/core/result.h"

namespace sammen::server::ballots {

// One person on a process's roll.
struct Voter {
  std::string code_hash;
  std::string district_id;  // empty: any district
  std::optional<UnixSeconds> used_on_paper_at;
};

// A ballot to store under its credential's mark (no voter, no time).
struct NewBallot {
  std::string mark;
  Ballot ballot;
};

struct RollCounts {
  std::int64_t voters = 0;
  std::int64_t used_on_paper = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  virtual Result<bool> on_roll(const std::string& process_id, const std::string& voter_hash) = 0;
  virtual Status add_voters(const std::string& process_id,
                            const std::vector<std::string>& voter_hashes) = 0;
  virtual Result<std::optional<Voter>> voter(const std::string& process_id,
                                             const std::string& voter_hash) = 0;
  // The process's roll becomes `voters` (a roll is replaced before voting
  // opens, when no voter has a ballot).
  virtual Status replace_roll(const std::string& process_id, const std::vector<Voter>& voters) = 0;
  virtual Status mark_used_on_paper(const std::string& process_id, const std::string& voter_hash,
                                    UnixSeconds at) = 0;
  virtual Result<RollCounts> roll_counts(const std::string& process_id) = 0;

  // Stores the ballot of the credential `mark`, replacing an earlier one for
  // the same process; true when it replaced one.
  virtual Result<bool> put(const std::string& mark, const Ballot& ballot) = 0;
  // Stores every ballot in one transaction, in order (a later ballot of the
  // same mark replaces an earlier one); all of them or none. One receipt per
  // ballot, in order, each with its mark and whether it replaced one.
  virtual Result<std::vector<BallotReceipt>> put_all(const std::vector<NewBallot>& ballots) = 0;
  virtual Result<std::optional<StoredBallot>> of_mark(const std::string& process_id,
                                                      const std::string& mark) = 0;
  // Every ballot of the process, ordered by content, then mark (never by
  // time of arrival).
  virtual Result<std::vector<StoredBallot>> all(const std::string& process_id) = 0;
};

}  // namespace sammen::server::ballots
