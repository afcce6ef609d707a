#include "core/csrf.h"

#include <sodium.h>

#include <optional>

#include "core/cookies.h"

namespace sammen::server {
namespace {

constexpr std::size_t kCookieBytes = 32;

std::string hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

bool is_cookie_value(const std::string& value) {
  if (value.size() != kCookieBytes * 2) return false;
  for (const char c : value)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

CsrfGuard::CsrfGuard() : key_(crypto_auth_hmacsha256_KEYBYTES, '\0') {
  randombytes_buf(key_.data(), key_.size());
}

std::string CsrfGuard::field_for(const std::string& cookie_value) const {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(cookie_value.data()),
                         cookie_value.size(),
                         reinterpret_cast<const unsigned char*>(key_.data()));
  return hex(mac, sizeof mac);
}

std::string CsrfGuard::token(const httplib::Request& request, httplib::Response& response) const {
  std::optional<std::string> value = cookie(request, kCookie);
  if (!value || !is_cookie_value(*value)) {
    unsigned char bytes[kCookieBytes];
    randombytes_buf(bytes, sizeof bytes);
    value = hex(bytes, sizeof bytes);
    set_cookie(response, kCookie, *value, {"/html", true, "Strict", 0});
  }
  return field_for(*value);
}

bool CsrfGuard::accepts(const httplib::Request& request, const Form& form) const {
  const std::optional<std::string> value = cookie(request, kCookie);
  if (!value || !is_cookie_value(*value)) return false;
  const std::string given = form.value(kField);
  const std::string expected = field_for(*value);
  return given.size() == expected.size() &&
         sodium_memcmp(given.data(), expected.data(), expected.size()) == 0;
}

}  // namespace sammen::server
