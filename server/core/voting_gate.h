// VotingGate: ballots go through together; closing and publishing alone.
//
// Storing a ballot holds the gate shared (until its group is committed),
// closing or publishing a vote holds it alone, so a ballot that got a 2xx was
// stored while voting was open and is in any result published after it. A
// close that waits goes first: new ballots wait behind it (the turnstile),
// so a steady stream of ballots cannot keep it waiting for ever.
#pragma once

#include <mutex>
#include <shared_mutex>

namespace sammen::server {

class VotingGate {
 public:
  std::shared_lock<std::shared_mutex> for_ballot() {
    { std::lock_guard<std::mutex> pass(turnstile_); }
    return std::shared_lock(mutex_);
  }
  std::unique_lock<std::shared_mutex> for_closing() {
    std::lock_guard<std::mutex> hold(turnstile_);  // no new ballot gets in meanwhile
    return std::unique_lock(mutex_);
  }

 private:
  std::mutex turnstile_;
  std::shared_mutex mutex_;
};

}  // namespace sammen::server
