#include "core/secrets.h"

#include <sodium.h>

#include <vector>

#include "sammen/rolls/voter_code.h"

namespace sammen::server::auth {
namespace {

std::string hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

std::string keyed_digest(std::string_view data, std::string_view key) {
  unsigned char out[crypto_generichash_BYTES];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size(), reinterpret_cast<const unsigned char*>(key.data()), key.size());
  return hex(out, sizeof out);
}

}  // namespace

std::uint32_t RandomDraws::operator()(std::uint32_t below) {
  if (below < 2 || below > 256) return below < 2 ? 0 : randombytes_uniform(below);
  const std::uint32_t accept = 256 - 256 % below;  // bytes from here on would bias the draw
  while (true) {
    if (used_ == sizeof buffer_) {
      randombytes_buf(buffer_, sizeof buffer_);
      used_ = 0;
    }
    const std::uint32_t byte = buffer_[used_++];
    if (byte < accept) return byte % below;
  }
}

std::string random_token(std::size_t bytes) {
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  return hex(raw.data(), raw.size());
}

std::string random_password(int groups) {
  std::string out;
  for (int g = 0; g < groups; ++g) {
    if (g > 0) out += '-';
    for (int i = 0; i < 5; ++i) {
      out += kVoterCodeAlphabet[randombytes_uniform(
          static_cast<std::uint32_t>(kVoterCodeAlphabet.size()))];
    }
  }
  return out;
}

std::string token_digest(std::string_view token) {
  return keyed_digest(token, {});
}

std::string csrf_token_for(std::string_view session_token) {
  return keyed_digest(session_token, "sammen csrf token, bound to one session");
}

bool same_secret(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace sammen::server::auth
