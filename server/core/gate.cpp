#include "core/gate.h"

#include <httplib.h>

#include "core/http.h"
#include "core/secrets.h"

namespace sammen::server {
namespace {

bool changes_something(const httplib::Request& request) {
  return request.method != "GET" && request.method != "HEAD" && request.method != "OPTIONS";
}

// "https://host:port" -> "host:port"; empty for "null" or a malformed origin.
std::string origin_host(const std::string& origin) {
  const std::size_t scheme = origin.find("://");
  if (scheme == std::string::npos) return "";
  std::string host = origin.substr(scheme + 3);
  if (host.find('/') != std::string::npos) return "";
  return host;
}

}  // namespace

std::optional<std::string> session_cookie(const httplib::Request& request) {
  const std::string cookies = request.get_header_value("Cookie");
  const std::string name = std::string(kSessionCookie) + "=";
  std::size_t at = 0;
  while (at < cookies.size()) {
    while (at < cookies.size() && (cookies[at] == ' ' || cookies[at] == ';')) ++at;
    const std::size_t end = std::min(cookies.find(';', at), cookies.size());
    if (cookies.compare(at, name.size(), name) == 0) {
      std::string value = cookies.substr(at + name.size(), end - at - name.size());
      if (!value.empty()) return value;
    }
    at = end;
  }
  return std::nullopt;
}

Status same_origin(const httplib::Request& request) {
  if (!request.has_header("Origin")) return Done{};
  const std::string host = origin_host(request.get_header_value("Origin"));
  if (!host.empty() && host == request.get_header_value("Host")) return Done{};
  return Problem{ErrorCode::kCsrfFailed, "Origin"};
}

std::string session_cookie_header(const std::string& token, std::int64_t max_age, bool secure) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; Max-Age=" +
         std::to_string(max_age) + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
}

std::string ended_session_cookie_header(bool secure) {
  return std::string(kSessionCookie) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" +
         (secure ? "; Secure" : "");
}

Result<Actor> Gate::bearer_actor(const std::string& token, const std::string& address,
                                 UnixSeconds now) {
  const std::string key = "token address " + address;
  if (const Status may = attempts_.may_try({key}, kTokenPolicy, now); !may.ok())
    return may.problems();
  std::optional<Actor> who;
  if (token.rfind(kApiTokenPrefix, 0) == 0) {  // a person's API token
    if (directory_) {
      Result<std::optional<Actor>> person = directory_->by_api_token(auth::token_digest(token));
      if (!person.ok()) return person.problems();
      who = std::move(person.value());
    }
  } else {  // the installation's token (Argon2id, in its line)
    const Result<bool> installation = installation_.valid(token);
    if (!installation.ok()) return installation.problems();
    if (installation.value()) who = installation_actor();
  }
  if (who) return std::move(*who);
  attempts_.failed({key}, kTokenPolicy, now);
  return Problem{ErrorCode::kAdminTokenInvalid, "Authorization"};
}

Result<Actor> Gate::actor(const httplib::Request& request, UnixSeconds now) {
  if (const std::optional<std::string> token = bearer(request))
    return bearer_actor(*token, request.remote_addr, now);
  const std::optional<std::string> session = session_cookie(request);
  if (!session || !directory_) return nobody();
  Result<std::optional<Actor>> person = directory_->by_session(auth::token_digest(*session), now);
  if (!person.ok()) return person.problems();
  if (!person.value()) return nobody();
  if (changes_something(request)) {
    if (!auth::same_secret(request.get_header_value(kCsrfHeader), auth::csrf_token_for(*session)))
      return Problem{ErrorCode::kCsrfFailed, kCsrfHeader};
    if (const Status origin = same_origin(request); !origin.ok()) return origin.problems();
  }
  return std::move(*person.value());
}

Result<Actor> Gate::page_actor(const httplib::Request& request, UnixSeconds now) {
  const std::optional<std::string> session = session_cookie(request);
  if (!session || !directory_) return nobody();
  Result<std::optional<Actor>> person = directory_->by_session(auth::token_digest(*session), now);
  if (!person.ok()) return person.problems();
  if (!person.value()) return nobody();
  return std::move(*person.value());
}

Result<Actor> actor_as(Gate& gate, const httplib::Request& request, UnixSeconds now, Role role) {
  Result<Actor> who = gate.actor(request, now);
  if (!who.ok()) return who;
  if (const Status allowed = require_role(who.value(), role); !allowed.ok())
    return allowed.problems();
  return who;
}

}  // namespace sammen::server
