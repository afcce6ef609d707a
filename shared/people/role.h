// Role: what a person may do in the municipality, beyond reading and voting.
//
// One server runs one municipality, so a role is held in it. A person holds
// any set of roles; an administrator grants and removes them. An
// administrator may also do what a reviewer or a moderator may do; resident
// and youth council member are who someone is, not staff powers, and no role
// implies them.
#pragma once

#include <string>
#include <vector>

#include "sammen/core/enum_table.h"
#include "sammen/core/language.h"

namespace sammen {

enum class Role { kResident, kYouthCouncil, kReviewer, kModerator, kAdministrator };

inline constexpr auto kRoleIds = enum_table<Role>({{Role::kResident, "resident"},
                                                   {Role::kYouthCouncil, "youth_council"},
                                                   {Role::kReviewer, "reviewer"},
                                                   {Role::kModerator, "moderator"},
                                                   {Role::kAdministrator, "administrator"}});

// True when someone holding `held` may act as `needed`.
bool role_covers(const std::vector<Role>& held, Role needed);

// "Administrator", "Medlem av ungdomsrådet", ...
std::string role_name(Role role, Language language);

}  // namespace sammen
