// VotingGate: ballots go through together; closing and publishing alone.
//
// Storing a ballot holds the gate shared, closing or publishing a vote holds
// it alone, so a ballot that got a 2xx was stored while voting was open and
// is in any result published after it.
#pragma once

#include <mutex>
#include <shared_mutex>

namespace sammen::server {

class VotingGate {
 public:
  std::shared_lock<std::shared_mutex> for_ballot() { return std::shared_lock(mutex_); }
  std::unique_lock<std::shared_mutex> for_closing() { return std::unique_lock(mutex_); }

 private:
  std::shared_mutex mutex_;
};

}  // namespace sammen::server
