// Passwords: people's passwords as Argon2id hashes, with libsodium.
//
// A hash is computed with libsodium's interactive limits (64 MiB, a third of
// a second on the server this was measured on), in the server's one
// Argon2Queue (argon2_queue.h): one at a time, a short line, and kServerBusy
// at once when the line is full, so sign-ins can neither exhaust memory nor
// occupy the HTTP workers. check_unknown() costs what a real check costs,
// for sign-ins with an address that has no account: an attacker cannot tell
// by the time it takes. Tests use kFastForTests, which nothing in the server
// can choose.
#pragma once

#include <mutex>
#include <string>
#include <string_view>

#include "core/argon2_queue.h"
#include "sammen/core/result.h"

namespace sammen::server::auth {

class Passwords {
 public:
  enum class Cost { kInteractive, kFastForTests };
  explicit Passwords(Argon2Queue& queue, Cost cost = Cost::kInteractive);

  // The hash to store; kServerBusy, or kStorageFailed when there is not enough memory.
  Result<std::string> hash(std::string_view password);
  // True when `password` is the one `stored` was made from; kServerBusy.
  Result<bool> check(const std::string& stored, std::string_view password);
  // As long as check() against a real hash; false, or kServerBusy.
  Result<bool> check_unknown(std::string_view password);

 private:
  Argon2Queue& queue_;
  unsigned long long ops_;
  std::size_t memory_;
  std::mutex decoy_mutex_;
  std::string decoy_;  // the hash of a random password, made once
};

}  // namespace sammen::server::auth
