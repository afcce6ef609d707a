// AttemptLog: the failures the server has seen per key, in memory, for the
// slow-down of sammen/people/attempts.h.
//
// Keys name what is counted: "sign-in address 203.0.113.7", "sign-in
// account kari@example.no", "voter-code address ...". An address whose
// account does not exist is counted the same way as one that does, so the
// slow-down tells nobody which addresses have accounts. The log holds at
// most `capacity` keys: when full, it forgets keys that no longer wait, then
// the ones with the fewest failures. Beside the keys it keeps the last
// minute's failures of each kind of attempt (the policy's `kind`), for the
// global budget. Counts start afresh on a restart. Safe to call from many
// threads at once.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <mutex>
#include <string>
#include <unordered_map>

#include "sammen/core/result.h"
#include "sammen/people/attempts.h"

namespace sammen::server {

class AttemptLog {
 public:
  explicit AttemptLog(std::size_t capacity = 100'000) : capacity_(capacity) {}

  // kTooManyAttempts (amount: seconds to wait, the longest of `keys`) while
  // any of `keys` must wait, or has failed before while the policy's global
  // budget is spent; done otherwise.
  Status may_try(std::initializer_list<std::string> keys, const AttemptPolicy& policy,
                 UnixSeconds now);
  // One more failure for each of `keys`, and one for the global budget.
  void failed(std::initializer_list<std::string> keys, const AttemptPolicy& policy,
              UnixSeconds now);
  // `key` starts afresh (an account that signed in).
  void forget(const std::string& key);

  std::size_t size();

 private:
  void make_room(const AttemptPolicy& policy, UnixSeconds now);

  std::mutex mutex_;
  std::size_t capacity_;
  std::unordered_map<std::string, Attempts> attempts_;
  std::unordered_map<std::string, RecentFailures> recent_;  // by policy kind
};

}  // namespace sammen::server
