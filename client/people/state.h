// What the client knows of the member of staff using it: the session (who
// is signed in, their roles, and the CSRF token every change carries; the
// session cookie itself is HttpOnly and never seen here), what became of the
// last sign-in or password change, where to go once signed in, and the list
// of people with their roles for an administrator.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/http.h"
#include "core/intents.h"
#include "sammen/people/views.h"

namespace sammen::client::people {

inline constexpr ScreenId kSignInScreen = "sign_in";
inline constexpr ScreenId kPasswordScreen = "password";
inline constexpr ScreenId kPeopleScreen = "people";

struct State {
  std::optional<SessionView> session;  // signed in
  bool checking = false;                // asking the server whether a session cookie is still good
  bool checked = false;                 // asked once since the page loaded
  bool busy = false;                    // signing in, out or changing the password
  std::optional<ServerError> error;     // of the last sign-in or password change
  std::optional<Route> then;            // where to go once signed in
  std::vector<Person> people;           // everyone with an account (administrators only)
  bool people_loading = false;
  std::optional<ServerError> people_error;
};

}  // namespace sammen::client::people
