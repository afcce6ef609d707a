#include "core/passwords.h"

#include <sodium.h>

#include "core/secrets.h"

namespace sammen::server::auth {

Passwords::Passwords(Cost cost)
    : ops_(cost == Cost::kInteractive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                      : crypto_pwhash_OPSLIMIT_MIN),
      memory_(cost == Cost::kInteractive ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                                         : crypto_pwhash_MEMLIMIT_MIN) {}

std::optional<std::string> Passwords::hash(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  std::lock_guard<std::mutex> lock(mutex_);
  if (crypto_pwhash_str(out, password.data(), password.size(), ops_, memory_) != 0)
    return std::nullopt;
  return std::string(out);
}

bool Passwords::check(const std::string& stored, std::string_view password) {
  std::lock_guard<std::mutex> lock(mutex_);
  return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

bool Passwords::check_unknown(std::string_view password) {
  if (decoy_.empty()) {
    std::optional<std::string> made = hash(random_token(16));
    std::lock_guard<std::mutex> lock(mutex_);
    if (made && decoy_.empty()) decoy_ = *made;
  }
  if (!decoy_.empty()) check(decoy_, password);
  return false;
}

}  // namespace sammen::server::auth
