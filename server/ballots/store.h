// Store: the voter roll and the ballots of every process.
//
// Voters are known only by a keyed hash of their voter code (auth.h). One
// voter has one ballot per process; storing again replaces it. Every method
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

class Store {
 public:
  virtual ~Store() = default;

  virtual Result<bool> on_roll(const std::string& process_id, const std::string& voter_hash) = 0;
  virtual Status add_voters(const std::string& process_id,
                            const std::vector<std::string>& voter_hashes) = 0;

  // Stores the voter's ballot, replacing an earlier one for the same process;
  // the receipt says which, and holds `ballot` and `now`.
  virtual Result<BallotReceipt> put(const std::string& voter_hash, const Ballot& ballot,
                                    UnixSeconds now) = 0;
  virtual Result<std::optional<StoredBallot>> of_voter(const std::string& process_id,
                                                       const std::string& voter_hash) = 0;
  // Every ballot of the process, without voters, ordered by content (not by
  // voter or time of arrival).
  virtual Result<std::vector<StoredBallot>> all(const std::string& process_id) = 0;
};

}  // namespace sammen::server::ballots
