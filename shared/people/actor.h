// Actor: who is asking, as the server established it from the request.
//
// Nobody (signed out), a person (by a session cookie or their API token), or
// the installation's own administrator token (kept for scripts that predate
// personal API tokens; it acts as an administrator). Every use case that
// needs a role asks require_role(), which says why not: 401 when nobody is
// signed in, 403 when the roles do not cover it or when a person must first
// change a one-time password. An actor is also what the audit log records.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sammen/core/enum_table.h"
#include "sammen/core/result.h"
#include "sammen/people/role.h"

namespace sammen {

enum class Credential { kNone, kSession, kApiToken, kInstallationToken };

inline constexpr auto kCredentialIds =
    enum_table<Credential>({{Credential::kNone, "none"},
                            {Credential::kSession, "session"},
                            {Credential::kApiToken, "api_token"},
                            {Credential::kInstallationToken, "installation_token"}});

using PersonId = std::int64_t;

struct Actor {
  Credential credential = Credential::kNone;
  PersonId person_id = 0;  // 0 unless a person
  std::string name;        // the person's name, or "installation token"
  std::vector<Role> roles;
  bool must_change_password = false;
  // Opaque id of the credential it came with (a session's digest, a token's
  // id): lets a person end their own session. Never a secret.
  std::string credential_id;
};

// The actor of a request without credentials.
inline Actor nobody() {
  return {};
}
// The installation's administrator token (acts as an administrator).
Actor installation_actor();

bool signed_in(const Actor& actor);

// Done when `actor` may act as `needed`; otherwise kSignInRequired (nobody),
// kPasswordChangeRequired, or kRoleRequired naming the role.
Status require_role(const Actor& actor, Role needed);

// Done when a person is signed in (any role, or none).
Status require_person(const Actor& actor);

}  // namespace sammen
