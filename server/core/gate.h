// Gate: who is asking, from a request's credentials.
//
// A request carries at most one credential that counts:
//   Authorization: Bearer sammen_...   a person's API token (scripts);
//   Authorization: Bearer OTHER        the installation's administrator
//                                      token (--admin-token), as before;
//   Cookie: sammen_session=...         a signed-in browser's session.
// A bearer token that is not valid is refused (401), never ignored, and
// counted in the AttemptLog per address (kTokenPolicy, with its global
// budget): past the free failures an address's tokens are refused unread
// (429), and the installation token's Argon2id check waits in the
// Argon2Queue (503 server.busy when its line is full). A
// session that has expired or was ended is nobody. A browser's session
// cookie travels with every request, even one another site makes the
// browser send, so a request that changes something (any method but GET,
// HEAD and OPTIONS) on a session must also carry the session's CSRF token
// in the X-Sammen-CSRF header (which another site cannot read or set), and
// its Origin, when it has one, must be this server's own (the Host it was
// sent to); otherwise it is refused (403, auth.csrf_failed). Bearer tokens
// need neither: a browser never adds them on its own.
//
// Sessions and API tokens belong to the people feature, which attaches its
// Directory when it installs its routes; until then only the installation
// token is known.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/attempt_log.h"
#include "core/auth.h"
#include "sammen/core/result.h"
#include "sammen/people/actor.h"
#include "sammen/processes/process.h"

namespace httplib {
struct Request;
}

namespace sammen::server {

inline constexpr const char* kSessionCookie = "sammen_session";
inline constexpr const char* kCsrfHeader = "X-Sammen-CSRF";
inline constexpr const char* kApiTokenPrefix = "sammen_";

// Who holds a session or an API token, by the token's digest (secrets.h).
class Directory {
 public:
  virtual ~Directory() = default;
  virtual Result<std::optional<Actor>> by_session(const std::string& digest, UnixSeconds now) = 0;
  virtual Result<std::optional<Actor>> by_api_token(const std::string& digest) = 0;
};

class Gate {
 public:
  // `secure_cookies`: cookies are marked Secure (the server is reached over TLS).
  Gate(auth::AdminTokenCheck& installation, AttemptLog& attempts, bool secure_cookies)
      : installation_(installation), attempts_(attempts), secure_cookies_(secure_cookies) {}

  void attach(std::shared_ptr<Directory> directory) { directory_ = std::move(directory); }

  // The actor of `request` at `now`, or why its credentials are refused.
  Result<Actor> actor(const httplib::Request& request, UnixSeconds now);

  // The actor of the request's session cookie alone (nobody without one),
  // for the HTML pages: their forms carry the CsrfGuard's token instead of
  // the X-Sammen-CSRF header, and a page checks it (and same_origin())
  // before it acts on a POST.
  Result<Actor> page_actor(const httplib::Request& request, UnixSeconds now);

  bool secure_cookies() const { return secure_cookies_; }

 private:
  Result<Actor> bearer_actor(const std::string& token, const std::string& address,
                             UnixSeconds now);

  auth::AdminTokenCheck& installation_;
  AttemptLog& attempts_;
  bool secure_cookies_;
  std::shared_ptr<Directory> directory_;
};

// The session token of the request's cookie, if any.
std::optional<std::string> session_cookie(const httplib::Request& request);

// kCsrfFailed unless the request's Origin is absent or this server's own.
Status same_origin(const httplib::Request& request);

// Set-Cookie values: a session for `max_age` seconds, and one that ends it.
std::string session_cookie_header(const std::string& token, std::int64_t max_age, bool secure);
std::string ended_session_cookie_header(bool secure);

// The actor of `request` when it may act as `role` (require_role());
// otherwise why not. For routes that refuse before reading a body.
Result<Actor> actor_as(Gate& gate, const httplib::Request& request, UnixSeconds now, Role role);

// Runs `then(actor)` when `who` holds an actor; its problems otherwise.
template <typename F>
auto as_actor(const Result<Actor>& who, F&& then) -> decltype(then(who.value())) {
  if (!who.ok()) return who.problems();
  return then(who.value());
}

}  // namespace sammen::server
