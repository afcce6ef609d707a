// Auth: voter codes and the administrator token, with libsodium.
//
// A voter code (made by sammen/rolls/voter_code.h); the server keeps only a
// keyed BLAKE2b hash of its normalised form (upper case, no spaces or dashes),
// under a random key kept in its settings. The administrator token is
// stored as an Argon2id hash and checked in constant time; a wrong token costs
// an Argon2id verification in the server's Argon2Queue (one at a time, a
// short line, busy beyond it), so guessing can neither exhaust memory nor
// occupy the HTTP workers. Call init() once before anything else.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/argon2_queue.h"
#include "core/settings.h"
#include "sammen/core/result.h"

namespace sammen::server::auth {

// sodium_init(); false when libsodium cannot start (no entropy source).
bool init();

// Upper case, spaces and dashes removed: what is hashed and compared.
std::string normalize_voter_code(std::string_view code);

// The keyed hash of voter codes (hex), keyed per server installation.
class VoterCodeHasher {
 public:
  explicit VoterCodeHasher(std::string key) : key_(std::move(key)) {}
  std::string hash(std::string_view code) const;

 private:
  std::string key_;  // raw bytes, crypto_generichash_KEYBYTES long
};

// Loads the voter-code key from `settings`, creating and storing one on first use.
Result<VoterCodeHasher> load_voter_code_hasher(Settings& settings);

// The bearer token of an "Authorization: Bearer TOKEN" header value.
std::optional<std::string> bearer_token(std::string_view authorization);

// Checks administrator tokens against the stored Argon2id hash.
class AdminTokenCheck {
 public:
  AdminTokenCheck(std::string stored_hash, Argon2Queue& queue)
      : stored_hash_(std::move(stored_hash)), queue_(queue) {}
  // Whether `token` is the installation's; kServerBusy when the Argon2id line is full.
  Result<bool> valid(std::string_view token);

 private:
  std::string stored_hash_;
  Argon2Queue& queue_;
  std::mutex mutex_;
  std::string verified_digest_;  // BLAKE2b of the last token that verified (fast path)
};

// What ensure_admin_token() found or did.
struct AdminTokenSetup {
  std::string stored_hash;
  std::optional<std::string> generated;  // a new token to print once
};

// With `given`, stores its hash (replacing an older one). Without, keeps the
// stored hash, or generates a random token and stores its hash.
Result<AdminTokenSetup> ensure_admin_token(Settings& settings,
                                           const std::optional<std::string>& given);

// kAdminTokenInvalid (naming `field`) unless `token` is the administrator's
// (kServerBusy when it could not be checked now).
Status require_admin(AdminTokenCheck& check, const std::optional<std::string>& token,
                     const std::string& field = "Authorization");

}  // namespace sammen::server::auth
