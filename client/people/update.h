// How the people part of AppState changes: signing in (and finding out
// whether the session cookie of an earlier visit is still good), signing
// out, changing a one-time password, and an administrator's changes to
// people's roles. Every change a member of staff sends carries the
// session's CSRF token (with_csrf()).
#pragma once

#include "app_state.h"
#include "intent.h"
#include "outbox.h"
#include "people/intents.h"

namespace sammen::client::people {

// `request` with the session's CSRF token.
platform::HttpRequest with_csrf(const AppState& state, platform::HttpRequest request);

bool signed_in(const AppState& state);
// Signed in with the administrator role, and no password left to change.
bool administrator(const AppState& state);
// A one-time password must be changed first.
bool must_change_password(const AppState& state);

// The sign-in screen's on_enter: asks once whether the browser still has a
// session; if so, goes on where the member of staff was going.
void check_session(AppState& state, Outbox& outbox);
// The people screen's on_enter: everyone with an account.
void load_people(AppState& state, Outbox& outbox);
// Signed in (or found signed in): to the screen asked for, or the console.
void go_on(AppState& state, Outbox& outbox);

// A refusal that is about the session, not the request: signed out by the
// server (sign in again, then back here) or a password to change first.
// True when it moved the member of staff to the screen that deals with it.
bool refused(AppState& state, const ServerError& error);

void apply(AppState& state, const OpenConsole& intent, Outbox& outbox);
void apply(AppState& state, const SubmitSignIn& intent, Outbox& outbox);
void apply(AppState& state, const SignOut& intent, Outbox& outbox);
void apply(AppState& state, const SubmitPasswordChange& intent, Outbox& outbox);
void apply(AppState& state, const SetRole& intent, Outbox& outbox);

// The sign-in and password screens' poll: Enter in their last field sends them.
Intent poll_sign_in(AppState& state);
Intent poll_password(AppState& state);

}  // namespace sammen::client::people
