// Committer: the ballots submit() stores, group-committed.
//
// Ballots that arrive together are written in one transaction
// (core/group_commit.h), in the order they arrived, so a voter's later
// ballot replaces their earlier one even within a batch. put() returns only
// after the batch holding its ballot is committed (synchronous=FULL: on
// disk); when the batch fails, every ballot in it gets kStorageFailed and
// none of it is stored.
#pragma once

#include <string>

#include "ballots/store.h"
#include "core/group_commit.h"

namespace sammen::server::ballots {

class Committer {
 public:
  explicit Committer(Store& store)
      : commit_([&store](const std::vector<NewBallot>& batch) { return store.put_all(batch); }) {}

  // The receipt once the ballot is on disk, or why it is not.
  Result<BallotReceipt> put(const std::string& voter_hash, const Ballot& ballot, UnixSeconds now) {
    return commit_.submit(NewBallot{voter_hash, ballot, now});
  }

 private:
  GroupCommit<NewBallot, BallotReceipt> commit_;
};

}  // namespace sammen::server::ballots
