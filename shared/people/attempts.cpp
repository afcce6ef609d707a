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

}  // namespace sammen
