#include "sammen/people/role.h"

#include <algorithm>

#include "sammen/people/messages.h"

namespace sammen {

bool role_covers(const std::vector<Role>& held, Role needed) {
  const auto holds = [&](Role r) { return std::find(held.begin(), held.end(), r) != held.end(); };
  if (holds(needed)) return true;
  const bool staff = needed == Role::kReviewer || needed == Role::kModerator;
  return staff && holds(Role::kAdministrator);
}

std::string role_name(Role role, Language language) {
  return render(people_messages(), "role." + std::string(kRoleIds.id(role)), {}, {language});
}

}  // namespace sammen
