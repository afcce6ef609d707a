// The people feature: accounts, sessions, roles and API tokens.
//
//   POST   /api/v1/accounts                       sign up (202, the same answer for a taken e-mail)
//   POST   /api/v1/session                        sign in: a session cookie and the CSRF token
//   GET    /api/v1/session                        who is signed in, with the CSRF token
//   DELETE /api/v1/session                        sign out
//   POST   /api/v1/session/password               change one's password
//   GET    /api/v1/people                         everyone with an account (administrator)
//   PUT    /api/v1/people/{id}/roles/{role}       grant a role (administrator)
//   DELETE /api/v1/people/{id}/roles/{role}       remove a role (administrator)
//   GET    /api/v1/people/{id}/tokens             a person's API tokens (administrator)
//   POST   /api/v1/people/{id}/tokens             a new API token, shown once (administrator)
//   DELETE /api/v1/tokens/{id}                    revoke an API token (administrator)
//   GET    /api/v1/processes/{id}/eligibility     may the signed-in person take part, and why not
//
// install() attaches the feature's sessions and tokens to the Gate;
// command() is `sammen-server --create-admin EMAIL`.
#pragma once

#include <span>

#include "core/feature.h"

namespace sammen::server::people {

Feature feature();

std::span<const char* const> migrations();
void install(Router& router, const Deps& deps);
int command(const Startup& startup);

}  // namespace sammen::server::people
