// Cookies: one cookie read from a request, one written to a response.
//
// cookie() reads the Cookie headers as a browser sends them ("a=1; b=2") and
// returns the first value of `name`; malformed pairs are skipped, never an
// error. set_cookie() writes one Set-Cookie header; values are the server's
// own (ids, hex), so they are written as they are.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>

namespace sammen::server {

std::optional<std::string> cookie(const httplib::Request& request, std::string_view name);

struct CookieOptions {
  std::string path = "/";
  bool http_only = true;
  std::string same_site = "Lax";  // "Strict" for what only this site's forms may send
  long max_age_seconds = 0;       // 0: until the browser closes
};

void set_cookie(httplib::Response& response, std::string_view name, std::string_view value,
                const CookieOptions& options);

}  // namespace sammen::server
