#include "core/auth.h"

#include <sodium.h>

#include <cctype>

namespace sammen::server::auth {
namespace {

constexpr const char* kVoterKeySetting = "voter_code_key";
constexpr const char* kAdminHashSetting = "admin_token_hash";

std::string to_hex(const unsigned char* bytes, std::size_t size) {
  std::string hex(size * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), bytes, size);
  hex.pop_back();
  return hex;
}

std::optional<std::string> from_hex(const std::string& hex) {
  std::string bin(hex.size() / 2, '\0');
  std::size_t length = 0;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(bin.data()), bin.size(), hex.data(),
                     hex.size(), nullptr, &length, nullptr) != 0) {
    return std::nullopt;
  }
  bin.resize(length);
  return bin;
}

std::string blake2b(std::string_view data) {
  unsigned char out[crypto_generichash_BYTES];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size(), nullptr, 0);
  return std::string(reinterpret_cast<const char*>(out), sizeof out);
}

}  // namespace

bool init() {
  return sodium_init() >= 0;
}

std::string normalize_voter_code(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string VoterCodeHasher::hash(std::string_view code) const {
  const std::string normal = normalize_voter_code(code);
  unsigned char out[crypto_generichash_BYTES];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(normal.data()),
                     normal.size(), reinterpret_cast<const unsigned char*>(key_.data()),
                     key_.size());
  return to_hex(out, sizeof out);
}

Result<VoterCodeHasher> load_voter_code_hasher(Settings& settings) {
  Result<std::optional<std::string>> stored = settings.get(kVoterKeySetting);
  if (!stored.ok()) return stored.problems();
  if (stored.value()) {
    std::optional<std::string> key = from_hex(*stored.value());
    if (key && key->size() == crypto_generichash_KEYBYTES) return VoterCodeHasher(*key);
    return Problem{ErrorCode::kStorageFailed, kVoterKeySetting};
  }
  unsigned char key[crypto_generichash_KEYBYTES];
  randombytes_buf(key, sizeof key);
  Status saved = settings.set(kVoterKeySetting, to_hex(key, sizeof key));
  if (!saved.ok()) return saved.problems();
  return VoterCodeHasher(std::string(reinterpret_cast<const char*>(key), sizeof key));
}

std::optional<std::string> bearer_token(std::string_view authorization) {
  constexpr std::string_view kScheme = "Bearer ";
  if (authorization.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(authorization[i])) !=
        std::tolower(static_cast<unsigned char>(kScheme[i]))) {
      return std::nullopt;
    }
  }
  std::string token(authorization.substr(kScheme.size()));
  while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) token.pop_back();
  if (token.empty()) return std::nullopt;
  return token;
}

Result<bool> AdminTokenCheck::valid(std::string_view token) {
  if (token.empty() || token.size() > 1024) return false;
  const std::string digest = blake2b(token);
  std::string stored;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!verified_digest_.empty() &&
        sodium_memcmp(digest.data(), verified_digest_.data(), digest.size()) == 0) {
      return true;
    }
    stored = stored_hash_;
  }
  bool right = false;
  const Status ran = queue_.run([&] {
    right = crypto_pwhash_str_verify(stored.c_str(), token.data(), token.size()) == 0;
  });
  if (!ran.ok()) return ran.problems();
  if (!right) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  verified_digest_ = digest;
  return true;
}

Result<AdminTokenSetup> ensure_admin_token(Settings& settings,
                                           const std::optional<std::string>& given) {
  Result<std::optional<std::string>> stored = settings.get(kAdminHashSetting);
  if (!stored.ok()) return stored.problems();
  AdminTokenSetup setup;
  std::string token;
  if (given) {
    if (stored.value() &&
        crypto_pwhash_str_verify(stored.value()->c_str(), given->data(), given->size()) == 0) {
      setup.stored_hash = *stored.value();
      return setup;
    }
    token = *given;
  } else if (stored.value()) {
    setup.stored_hash = *stored.value();
    return setup;
  } else {
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    token = to_hex(raw, sizeof raw);
    setup.generated = token;
  }
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, token.data(), token.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Problem{ErrorCode::kStorageFailed, "admin token hash (out of memory)"};
  }
  setup.stored_hash = hash;
  Status saved = settings.set(kAdminHashSetting, setup.stored_hash);
  if (!saved.ok()) return saved.problems();
  return setup;
}

Status require_admin(AdminTokenCheck& check, const std::optional<std::string>& token,
                     const std::string& field) {
  if (!token) return Problem{ErrorCode::kAdminTokenInvalid, field};
  const Result<bool> valid = check.valid(*token);
  if (!valid.ok()) return valid.problems();
  if (valid.value()) return Done{};
  return Problem{ErrorCode::kAdminTokenInvalid, field};
}

}  // namespace sammen::server::auth
