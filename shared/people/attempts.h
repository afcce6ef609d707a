// Attempts: how repeated failures (wrong passwords, unknown voter codes) are
// slowed down.
//
// Failures are counted per key (an address, an account); the first
// `free_failures` cost nothing, after that each one makes the key wait
// `first_wait` seconds, doubling with every further failure up to
// `longest_wait`. A key that has not failed for `forget_after` seconds
// starts afresh. While a key must wait, its attempts are refused unread, so a
// guesser learns nothing and costs the server nothing. Pure: time is passed in.
#pragma once

#include <cstdint>

#include "sammen/processes/process.h"

namespace sammen {

struct AttemptPolicy {
  int free_failures = 5;
  std::int64_t first_wait = 2;
  std::int64_t longest_wait = 15 * 60;
  std::int64_t forget_after = 60 * 60;
};

// Sign-in: five free failures per address and per account.
inline constexpr AttemptPolicy kSignInPolicy{5, 2, 15 * 60, 60 * 60};
// Voter codes: typing a long code goes wrong more often; ten free per address.
inline constexpr AttemptPolicy kVoterCodePolicy{10, 2, 15 * 60, 60 * 60};

struct Attempts {
  int failures = 0;
  UnixSeconds last_failure = 0;
};

// Seconds the key must still wait before its next attempt is read (0: now).
std::int64_t wait_seconds(const Attempts& attempts, const AttemptPolicy& policy, UnixSeconds now);

// The key's count after one more failure at `now`.
Attempts after_failure(Attempts attempts, const AttemptPolicy& policy, UnixSeconds now);

}  // namespace sammen
