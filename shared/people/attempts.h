// Attempts: how repeated failures (wrong passwords, unknown voter codes) are
// slowed down.
//
// Failures are counted per key (an address, an account); the first
// `free_failures` cost nothing, after that each one makes the key wait
// `first_wait` seconds, doubling with every further failure up to
// `longest_wait`. A key that has not failed for `forget_after` seconds
// starts afresh. While a key must wait, its attempts are refused unread, so a
// guesser learns nothing and costs the server nothing.
//
// Many addresses together (a botnet) are held by a global budget per kind of
// attempt: at most `global_per_minute` failures in the last minute. While the
// budget is spent, a key that has failed before waits until the oldest
// failure leaves the minute; a key that never failed still gets its first
// try, so a flood of guesses does not lock out everyone. Pure: time is
// passed in.
#pragma once

#include <cstdint>
#include <vector>

#include "sammen/processes/process.h"

namespace sammen {

struct AttemptPolicy {
  int free_failures = 5;
  std::int64_t first_wait = 2;
  std::int64_t longest_wait = 15 * 60;
  std::int64_t forget_after = 60 * 60;
  int global_per_minute = 600;
  const char* kind = "attempts";  // which global budget counts the failures
};

// Sign-in: five free failures per address and per account; 300 a minute in all.
inline constexpr AttemptPolicy kSignInPolicy{5, 2, 15 * 60, 60 * 60, 300, "sign-in"};
// Voter codes: typing a long code goes wrong more often; ten free per
// address, 600 a minute in all.
inline constexpr AttemptPolicy kVoterCodePolicy{10, 2, 15 * 60, 60 * 60, 600, "voter-code"};
// Bearer tokens (the installation's, a person's API token): five free per
// address, 300 a minute in all.
inline constexpr AttemptPolicy kTokenPolicy{5, 2, 15 * 60, 60 * 60, 300, "token"};

// The last minute's failures of one kind, oldest first.
struct RecentFailures {
  std::vector<UnixSeconds> times;
};

// Seconds a key that has failed before must wait for the global budget (0: none).
std::int64_t global_wait_seconds(const RecentFailures& recent, const AttemptPolicy& policy,
                                 UnixSeconds now);

// `recent` after one more failure at `now`: older than a minute dropped,
// never more than the budget kept.
RecentFailures after_global_failure(RecentFailures recent, const AttemptPolicy& policy,
                                    UnixSeconds now);

struct Attempts {
  int failures = 0;
  UnixSeconds last_failure = 0;
};

// Seconds the key must still wait before its next attempt is read (0: now).
std::int64_t wait_seconds(const Attempts& attempts, const AttemptPolicy& policy, UnixSeconds now);

// The key's count after one more failure at `now`.
Attempts after_failure(Attempts attempts, const AttemptPolicy& policy, UnixSeconds now);

}  // namespace sammen
