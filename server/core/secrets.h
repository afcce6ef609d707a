// Secrets: random tokens and what the server keeps of them.
//
// Session tokens, API tokens and one-time passwords are drawn from
// libsodium's random source. The server keeps only a token's digest
// (BLAKE2b-256, hex): a token has 160 bits or more, so a fast hash is as
// safe as a slow one. A session's CSRF token is derived from the session
// token (keyed with a fixed label), so it needs no storage, is different for
// every session, and cannot be found without the token it is bound to.
// Secrets are compared in constant time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sammen::server::auth {

// Uniform random numbers drawn from libsodium's source a buffer at a time:
// libsodium's randombytes_uniform() asks the kernel on every call, which
// costs as much as the rest of making a voter code. Numbers below 256 take
// one byte each, by rejection (unbiased); larger ones go to libsodium.
class RandomDraws {
 public:
  std::uint32_t operator()(std::uint32_t below);

 private:
  unsigned char buffer_[4096];
  std::size_t used_ = sizeof buffer_;
};

// `bytes` random bytes as lower-case hex.
std::string random_token(std::size_t bytes);

// A password a person can type: `groups` groups of five letters and digits
// without look-alikes, joined by dashes.
std::string random_password(int groups = 4);

// BLAKE2b-256 of `token`, hex.
std::string token_digest(std::string_view token);

// The CSRF token of the session whose token is `session_token`.
std::string csrf_token_for(std::string_view session_token);

// Equal, without a timing that says where they differ.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace sammen::server::auth
