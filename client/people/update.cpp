#include "people/update.h"

#include <algorithm>

#include "core/form_input.h"
#include "processes/update.h"
#include "sammen/people/wire.h"
#include "screen_list.h"
#include "setup/update.h"

namespace sammen::client::people {
namespace {

constexpr std::string_view kEmailField = "sign-in-email";
constexpr std::string_view kPasswordField = "sign-in-password";
constexpr std::string_view kCurrentField = "password-current";
constexpr std::string_view kNewField = "password-new";

void signed_in_as(AppState& state, SessionView session, Outbox& outbox) {
  state.people.session = std::move(session);
  state.people.error.reset();
  platform::set_text_field_value(kPasswordField, "");
  if (state.people.session->person.must_change_password) {
    state.screen = kPasswordScreen;
    return;
  }
  go_on(state, outbox);
}

void on_session(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  state.people.checking = false;
  std::optional<ServerError> none;  // signed out is no error here
  std::optional<SessionView> session = answer_value<SessionView>(answer, none);
  if (!session || session->csrf_token.empty()) return;
  if (state.screen == kSignInScreen) {
    signed_in_as(state, std::move(*session), outbox);
  } else {
    state.people.session = std::move(session);
  }
}

void on_signed_in(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  state.people.busy = false;
  std::optional<SessionView> session = answer_value<SessionView>(answer, state.people.error);
  if (session) signed_in_as(state, std::move(*session), outbox);
}

void on_password_changed(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  state.people.busy = false;
  std::optional<SessionView> session = answer_value<SessionView>(answer, state.people.error);
  if (!session) return;
  platform::set_text_field_value(kCurrentField, "");
  platform::set_text_field_value(kNewField, "");
  if (session->csrf_token.empty() && state.people.session)
    session->csrf_token = state.people.session->csrf_token;
  signed_in_as(state, std::move(*session), outbox);
}

void on_signed_out(AppState& state, const platform::HttpResponse&, Outbox& outbox) {
  // Whatever the answer, this page forgets the session.
  state.people = {};
  state.people.checked = true;
  setup::forget(state);
  state.screen = ready(state) ? processes::kStartScreen : processes::kLoadingScreen;
  processes::start(state, outbox);
}

void on_people(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  state.people.people_loading = false;
  if (std::optional<PeopleList> list = answer_value<PeopleList>(answer, state.people.people_error)) {
    state.people.people = std::move(list->people);
    state.people.people_error.reset();
  } else {
    refused(state, *state.people.people_error);
  }
}

void on_role(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  std::optional<Person> person = answer_value<Person>(answer, state.people.people_error);
  if (!person) {
    refused(state, *state.people.people_error);
    return;
  }
  state.people.people_error.reset();
  for (Person& p : state.people.people) {
    if (p.id == person->id) p = *person;
  }
}

}  // namespace

platform::HttpRequest with_csrf(const AppState& state, platform::HttpRequest request) {
  if (state.people.session) request.csrf = state.people.session->csrf_token;
  return request;
}

bool signed_in(const AppState& state) {
  return state.people.session.has_value();
}

bool must_change_password(const AppState& state) {
  return state.people.session && state.people.session->person.must_change_password;
}

bool administrator(const AppState& state) {
  return signed_in(state) && !must_change_password(state) &&
         role_covers(state.people.session->person.roles, Role::kAdministrator);
}

void check_session(AppState& state, Outbox& outbox) {
  State& people = state.people;
  if (people.session) return go_on(state, outbox);
  if (people.checked || people.checking) return;
  people.checked = true;
  people.checking = true;
  outbox.send({"GET", "/api/v1/session", ""}, on_session);
}

void load_people(AppState& state, Outbox& outbox) {
  if (state.people.people_loading) return;
  state.people.people_loading = true;
  outbox.send(with_csrf(state, {"GET", "/api/v1/people", ""}), on_people);
}

void go_on(AppState& state, Outbox& outbox) {
  if (must_change_password(state)) {
    state.screen = kPasswordScreen;
    return;
  }
  const Route to = state.people.then.value_or(Route{setup::kConsoleScreen, "", ""});
  state.people.then.reset();
  setup::follow(state, to, outbox);
}

bool refused(AppState& state, const ServerError& error) {
  if (error.code == "auth.sign_in_required" || error.code == "auth.csrf_failed") {
    state.people.then = route_of(state);
    state.people.session.reset();
    state.people.checked = true;  // the server just said: signed out
    state.people.error = error;
    state.screen = kSignInScreen;
    return true;
  }
  if (error.code == "auth.password_change_required") {
    if (state.people.session) state.people.session->person.must_change_password = true;
    state.people.then = route_of(state);
    state.screen = kPasswordScreen;
    return true;
  }
  return false;
}

void apply(AppState& state, const OpenConsole&, Outbox& outbox) {
  if (signed_in(state)) return go_on(state, outbox);
  state.people.then = Route{setup::kConsoleScreen, "", ""};
  state.screen = kSignInScreen;
  check_session(state, outbox);
}

void apply(AppState& state, const SubmitSignIn&, Outbox& outbox) {
  State& people = state.people;
  if (people.busy) return;
  const SignIn sign_in{normalize_email(platform::text_field_value(kEmailField)),
                       platform::text_field_value(kPasswordField)};
  std::vector<Problem> problems;
  if (!plausible_email(sign_in.email)) problems.push_back({ErrorCode::kEmailInvalid, "email"});
  if (sign_in.password.empty()) {
    problems.push_back({ErrorCode::kPasswordTooShort, "password", 0,
                        static_cast<std::int64_t>(kMinPasswordChars)});
  }
  if (!problems.empty()) {
    people.error = local_error(problems);
    return;
  }
  people.error.reset();
  people.busy = true;
  outbox.send({"POST", "/api/v1/session", Json(sign_in).dump()}, on_signed_in);
}

void apply(AppState& state, const SignOut&, Outbox& outbox) {
  if (state.people.busy) return;
  state.people.busy = true;
  outbox.send(with_csrf(state, {"DELETE", "/api/v1/session", ""}), on_signed_out);
}

void apply(AppState& state, const SubmitPasswordChange&, Outbox& outbox) {
  State& people = state.people;
  if (people.busy || !people.session) return;
  const PasswordChange change{platform::text_field_value(kCurrentField),
                              platform::text_field_value(kNewField)};
  std::vector<Problem> problems = validate_password(change.new_password, "new_password");
  if (!problems.empty()) {
    people.error = local_error(problems);
    return;
  }
  people.error.reset();
  people.busy = true;
  outbox.send(with_csrf(state, {"POST", "/api/v1/session/password", Json(change).dump()}),
              on_password_changed);
}

void apply(AppState& state, const SetRole& intent, Outbox& outbox) {
  const std::string path = "/api/v1/people/" + std::to_string(intent.person_id) + "/roles/" +
                           std::string(kRoleIds.id(intent.role));
  outbox.send(with_csrf(state, {intent.held ? "PUT" : "DELETE", path, ""}), on_role);
}

Intent poll_sign_in(AppState&) {
  platform::take_text_field_enter(kEmailField);
  if (platform::take_text_field_enter(kPasswordField)) return SubmitSignIn{};
  return {};
}

Intent poll_password(AppState&) {
  platform::take_text_field_enter(kCurrentField);
  if (platform::take_text_field_enter(kNewField)) return SubmitPasswordChange{};
  return {};
}

}  // namespace sammen::client::people
