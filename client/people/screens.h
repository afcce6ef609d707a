// The people screens: signing in, changing a one-time password, and the
// people with their roles (administrators only); and what the top bar's
// staff button says.
#pragma once

#include <string>

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"

namespace sammen::client::people {

Intent draw_sign_in(const AppState& state, Ui& ui);
Intent draw_password(const AppState& state, Ui& ui);
Intent draw_people(const AppState& state, Ui& ui);

std::string sign_in_title(const AppState& state);
std::string password_title(const AppState& state);
std::string people_title(const AppState& state);

// "Logg inn" when signed out, "Konsoll" when signed in.
std::string staff_label(const AppState& state);

// Who is signed in, with Sign out and Change password (the console's top).
Intent signed_in_card(const AppState& state, Ui& ui);

}  // namespace sammen::client::people
