#include "core/cookies.h"

namespace sammen::server {
namespace {

std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string> cookie(const httplib::Request& request, std::string_view name) {
  for (std::size_t i = 0; i < request.get_header_value_count("Cookie"); ++i) {
    const std::string header = request.get_header_value("Cookie", i);
    std::string_view rest = header;
    while (!rest.empty()) {
      const std::size_t end = rest.find(';');
      const std::string_view pair = trim_blanks(rest.substr(0, end));
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
      const std::size_t eq = pair.find('=');
      if (eq == std::string_view::npos || trim_blanks(pair.substr(0, eq)) != name) continue;
      std::string_view value = trim_blanks(pair.substr(eq + 1));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
      return std::string(value);
    }
  }
  return std::nullopt;
}

void set_cookie(httplib::Response& response, std::string_view name, std::string_view value,
                const CookieOptions& options) {
  std::string header = std::string(name) + "=" + std::string(value) + "; Path=" + options.path +
                       "; SameSite=" + options.same_site;
  if (options.max_age_seconds > 0) header += "; Max-Age=" + std::to_string(options.max_age_seconds);
  if (options.http_only) header += "; HttpOnly";
  response.headers.emplace("Set-Cookie", header);
}

}  // namespace sammen::server
