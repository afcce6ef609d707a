#include "core/passwords.h"

#include <sodium.h>

#include "core/secrets.h"

namespace sammen::server::auth {

Passwords::Passwords(Argon2Queue& queue, Cost cost)
    : queue_(queue),
      ops_(cost == Cost::kInteractive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                      : crypto_pwhash_OPSLIMIT_MIN),
      memory_(cost == Cost::kInteractive ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                                         : crypto_pwhash_MEMLIMIT_MIN) {}

Result<std::string> Passwords::hash(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  bool made = false;
  const Status ran = queue_.run([&] {
    made = crypto_pwhash_str(out, password.data(), password.size(), ops_, memory_) == 0;
  });
  if (!ran.ok()) return ran.problems();
  if (!made) return Problem{ErrorCode::kStorageFailed, "password hash (out of memory)"};
  return std::string(out);
}

Result<bool> Passwords::check(const std::string& stored, std::string_view password) {
  bool right = false;
  const Status ran = queue_.run([&] {
    right = crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
  });
  if (!ran.ok()) return ran.problems();
  return right;
}

Result<bool> Passwords::check_unknown(std::string_view password) {
  std::string decoy;
  {
    std::lock_guard<std::mutex> lock(decoy_mutex_);
    decoy = decoy_;
  }
  if (decoy.empty()) {
    Result<std::string> made = hash(random_token(16));
    if (!made.ok()) return made.problems();
    std::lock_guard<std::mutex> lock(decoy_mutex_);
    if (decoy_.empty()) decoy_ = made.value();
    decoy = decoy_;
  }
  const Result<bool> checked = check(decoy, password);
  if (!checked.ok()) return checked.problems();
  return false;
}

}  // namespace sammen::server::auth
