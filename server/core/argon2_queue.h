// Argon2Queue: the line every Argon2id check of the server waits in.
//
// An Argon2id hash or check (passwords.h; the installation token, auth.h)
// takes 64 MiB and about a third of a second. One runs at a time; at most
// `waiting` more wait for their turn; one more is refused at once with
// kServerBusy (amount: seconds to come back), without running. So a flood
// of sign-ins, sign-ups or wrong tokens holds at most waiting + 1 of the
// HTTP workers and one 64 MiB buffer, and ballots and pages keep flowing.
// Safe to call from many threads at once.
#pragma once

#include <cstddef>
#include <functional>
#include <mutex>

#include "sammen/core/result.h"

namespace sammen::server::auth {

inline constexpr std::size_t kArgon2Waiting = 3;
inline constexpr std::int64_t kBusyRetrySeconds = 2;

class Argon2Queue {
 public:
  explicit Argon2Queue(std::size_t waiting = kArgon2Waiting) : waiting_(waiting) {}

  // Runs `work` in its turn; kServerBusy, without running it, when the line is full.
  Status run(const std::function<void()>& work);

  // How many are running or waiting now.
  std::size_t in_line();

 private:
  std::mutex line_;
  std::size_t in_line_ = 0;  // running and waiting
  std::size_t waiting_;
  std::mutex turn_;
};

}  // namespace sammen::server::auth
