// Passwords: people's passwords as Argon2id hashes, with libsodium.
//
// A hash is computed with libsodium's interactive limits (64 MiB, a third of
// a second on the server this was measured on), one at a time, so that
// sign-ins cannot exhaust memory. check_unknown() costs what a real check
// costs, for sign-ins with an address that has no account: an attacker
// cannot tell by the time it takes. Tests use kFastForTests, which nothing
// in the server can choose.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace sammen::server::auth {

class Passwords {
 public:
  enum class Cost { kInteractive, kFastForTests };
  explicit Passwords(Cost cost = Cost::kInteractive);

  // The hash to store; none when there is not enough memory.
  std::optional<std::string> hash(std::string_view password);
  // True when `password` is the one `stored` was made from.
  bool check(const std::string& stored, std::string_view password);
  // As long as check() against a real hash; always false.
  bool check_unknown(std::string_view password);

 private:
  std::mutex mutex_;
  unsigned long long ops_;
  std::size_t memory_;
  std::string decoy_;  // the hash of a random password, made once
};

}  // namespace sammen::server::auth
