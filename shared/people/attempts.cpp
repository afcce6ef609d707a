#include "sammen/people/attempts.h"

#include <algorithm>

namespace sammen {
namespace {

bool forgotten(const Attempts& a, const AttemptPolicy& policy, UnixSeconds now) {
  return a.failures == 0 || now - a.last_failure >= policy.forget_after;
}

}  // namespace

std::int64_t wait_seconds(const Attempts& a, const AttemptPolicy& policy, UnixSeconds now) {
  if (forgotten(a, policy, now) || a.failures <= policy.free_failures) return 0;
  const int doublings = std::min(a.failures - policy.free_failures - 1, 30);
  const std::int64_t wait = std::min(policy.first_wait << doublings, policy.longest_wait);
  return std::max<std::int64_t>(0, a.last_failure + wait - now);
}

Attempts after_failure(Attempts a, const AttemptPolicy& policy, UnixSeconds now) {
  if (forgotten(a, policy, now)) a.failures = 0;
  return {a.failures + 1, now};
}

std::int64_t global_wait_seconds(const RecentFailures& recent, const AttemptPolicy& policy,
                                 UnixSeconds now) {
  std::size_t in_minute = 0;
  UnixSeconds oldest = now;
  for (const UnixSeconds t : recent.times) {
    if (now - t >= 60) continue;
    if (in_minute++ == 0) oldest = t;
  }
  if (in_minute < static_cast<std::size_t>(policy.global_per_minute)) return 0;
  return std::max<std::int64_t>(1, oldest + 60 - now);
}

RecentFailures after_global_failure(RecentFailures recent, const AttemptPolicy& policy,
                                    UnixSeconds now) {
  std::erase_if(recent.times, [now](UnixSeconds t) { return now - t >= 60; });
  recent.times.push_back(now);
  const auto budget = static_cast<std::size_t>(std::max(1, policy.global_per_minute));
  if (recent.times.size() > budget)
    recent.times.erase(recent.times.begin(),
                       recent.times.begin() + static_cast<std::ptrdiff_t>(recent.times.size() - budget));
  return recent;
}

}  // namespace sammen
