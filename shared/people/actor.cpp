#include "sammen/people/actor.h"

namespace sammen {

Actor installation_actor() {
  return {Credential::kInstallationToken, 0, "installation token", {Role::kAdministrator}, false,
          "installation"};
}

bool signed_in(const Actor& actor) {
  return actor.credential != Credential::kNone;
}

Status require_role(const Actor& actor, Role needed) {
  if (!signed_in(actor)) return Problem{ErrorCode::kSignInRequired, ""};
  if (actor.must_change_password) return Problem{ErrorCode::kPasswordChangeRequired, ""};
  if (!role_covers(actor.roles, needed)) {
    return Problem{ErrorCode::kRoleRequired, std::string(kRoleIds.id(needed))};
  }
  return Done{};
}

Status require_person(const Actor& actor) {
  if (actor.credential != Credential::kSession && actor.credential != Credential::kApiToken) {
    return Problem{ErrorCode::kSignInRequired, ""};
  }
  return Done{};
}

}  // namespace sammen
