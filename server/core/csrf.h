// CsrfGuard: the token every form of the HTML pages carries (double submit).
//
// A browser gets a random value in a cookie (HttpOnly, SameSite=Strict, path
// /html); each form carries HMAC-SHA-256 of that value under the guard's key
// in the hidden field "csrf". A POST is accepted only when the cookie and
// the field are both there and match (compared in constant time): another
// site can neither read the cookie nor make the field. The key is random per
// server start, so a form older than a restart is refused and the resident
// loads it again.
#pragma once

#include <httplib.h>

#include <string>

#include "core/form.h"

namespace sammen::server {

class CsrfGuard {
 public:
  static constexpr const char* kField = "csrf";
  static constexpr const char* kCookie = "sammen_csrf";

  CsrfGuard();  // a random key (libsodium must be initialised)

  // The hidden field's value for this browser; sets the cookie on `response`
  // when the request carried none (or one the guard did not make).
  std::string token(const httplib::Request& request, httplib::Response& response) const;

  // True when `form`'s field matches the request's cookie.
  bool accepts(const httplib::Request& request, const Form& form) const;

 private:
  std::string field_for(const std::string& cookie_value) const;
  std::string key_;
};

}  // namespace sammen::server
