// Store: the voter roll and the ballots of every process.
//
// Voters are known only by a keyed hash of their voter code (auth.h), with
// the district the roll puts them in (none for rolls without districts) and
// when staff marked their code used on paper. One voter has one ballot per
// process; storing again replaces it. Every method
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

// A ballot to store: the voter's keyed hash, the ballot, when it came.
struct NewBallot {
  std::string voter_hash;
  Ballot ballot;
  UnixSeconds at = 0;
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

  // Stores the voter's ballot, replacing an earlier one for the same process;
  // the receipt says which, and holds `ballot` and `now`.
  virtual Result<BallotReceipt> put(const std::string& voter_hash, const Ballot& ballot,
                                    UnixSeconds now) = 0;
  // Stores every ballot in one transaction, in order (a later ballot of the
  // same voter replaces an earlier one); all of them or none. One receipt
  // per ballot, in order.
  virtual Result<std::vector<BallotReceipt>> put_all(const std::vector<NewBallot>& ballots) = 0;
  virtual Result<std::optional<StoredBallot>> of_voter(const std::string& process_id,
                                                       const std::string& voter_hash) = 0;
  // Every ballot of the process, without voters, ordered by content (not by
  // voter or time of arrival).
  virtual Result<std::vector<StoredBallot>> all(const std::string& process_id) = 0;
};

}  // namespace sammen::server::ballots
