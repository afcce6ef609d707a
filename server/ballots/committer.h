// Committer: the ballots cast with a receipt, group-committed.
//
// Ballots that arrive together are written in one transaction
// (core/group_commit.h), in the order they arrived, so a receipt's later
// ballot replaces its earlier one even within a batch. Each is stored under
// its mark only (Store::put_all): the committer keeps no time, no address
// and no order beyond the batch it is writing, and forgets the batch once
// it is committed. put() returns only after the batch holding its ballot is
// committed (synchronous=FULL: on disk); when the batch fails, every ballot
// in it gets kStorageFailed and none of it is stored.
#pragma once

#include <string>

#include "ballots/store.h"
#include "core/group_commit.h"

namespace sammen::server::ballots {

class Committer {
 public:
  explicit Committer(Store& store)
      : commit_([&store](const std::vector<NewBallot>& batch) { return store.put_all(batch); }) {}

  // The receipt (the ballot, its mark, whether it replaced one) once the
  // ballot is on disk, or why it is not.
  Result<BallotReceipt> put(const std::string& mark, const Ballot& ballot) {
    return commit_.submit(NewBallot{mark, ballot});
  }

 private:
  GroupCommit<NewBallot, BallotReceipt> commit_;
};

}  // namespace sammen::server::ballots
