// What a member of staff may ask for about themselves and about people.
#pragma once

#include <cstdint>

#include "sammen/people/role.h"

namespace sammen::client::people {

// The top bar's staff button: the console when signed in, else signing in.
struct OpenConsole {};
// Sign in with the e-mail and password typed on the sign-in screen.
struct SubmitSignIn {};
struct SignOut {};
// Change the password to the one typed (twice) on the password screen.
struct SubmitPasswordChange {};
// Grant (`held` true) or remove a role of a person.
struct SetRole {
  std::int64_t person_id = 0;
  Role role = Role::kResident;
  bool held = false;
};

}  // namespace sammen::client::people
