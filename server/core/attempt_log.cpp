#include "core/attempt_log.h"

#include <algorithm>

namespace sammen::server {

Status AttemptLog::may_try(std::initializer_list<std::string> keys, const AttemptPolicy& policy,
                           UnixSeconds now) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::int64_t wait = 0;
  bool failed_before = false;
  for (const std::string& key : keys) {
    const auto it = attempts_.find(key);
    if (it == attempts_.end()) continue;
    wait = std::max(wait, wait_seconds(it->second, policy, now));
    failed_before = failed_before || (it->second.failures > 0 &&
                                      now - it->second.last_failure < policy.forget_after);
  }
  if (failed_before) {
    const auto recent = recent_.find(policy.kind);
    if (recent != recent_.end())
      wait = std::max(wait, global_wait_seconds(recent->second, policy, now));
  }
  if (wait > 0) return Problem{ErrorCode::kTooManyAttempts, "", wait};
  return Done{};
}

void AttemptLog::failed(std::initializer_list<std::string> keys, const AttemptPolicy& policy,
                        UnixSeconds now) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const std::string& key : keys) {
    if (attempts_.size() >= capacity_ && !attempts_.count(key)) make_room(policy, now);
    attempts_[key] = after_failure(attempts_[key], policy, now);
  }
  recent_[policy.kind] = after_global_failure(std::move(recent_[policy.kind]), policy, now);
}

void AttemptLog::forget(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  attempts_.erase(key);
}

std::size_t AttemptLog::size() {
  std::lock_guard<std::mutex> lock(mutex_);
  return attempts_.size();
}

void AttemptLog::make_room(const AttemptPolicy& policy, UnixSeconds now) {
  std::erase_if(attempts_, [&](const auto& entry) {
    return wait_seconds(entry.second, policy, now) == 0 &&
           now - entry.second.last_failure >= policy.forget_after;
  });
  if (attempts_.size() < capacity_) return;
  const auto fewest = std::min_element(
      attempts_.begin(), attempts_.end(),
      [](const auto& a, const auto& b) { return a.second.failures < b.second.failures; });
  attempts_.erase(fewest);
}

}  // namespace sammen::server
