// Signing in: the e-mail address and the password (HTML fields over the
// canvas, so password managers and phones' keyboards work), and why the
// server refused, said in the language of the moment.

#include "core/form.h"
#include "core/say.h"
#include "people/screens.h"
#include "people/update.h"
#include "sammen/people/screen_messages.h"

namespace sammen::client::people {

std::string sign_in_title(const AppState& state) {
  return say(people_screen_messages(), "sign_in_title", state.language);
}

std::string staff_label(const AppState& state) {
  return say(people_screen_messages(), signed_in(state) ? "console" : "sign_in", state.language);
}

Intent draw_sign_in(const AppState& state, Ui& ui) {
  Intent intent;
  const Language language = state.language;
  ui.heading(sign_in_title(state));
  ui.muted(say(people_screen_messages(), "sign_in_intro", language));
  ui.space(4);
  ProblemNotes notes(state.people.error, language, currency(state));
  labeled_field(ui, "sign-in-email", say(people_screen_messages(), "email", language),
                platform::FieldKind::kEmail);
  notes.beside(ui, {"email"});
  labeled_field(ui, "sign-in-password", say(people_screen_messages(), "password", language),
                platform::FieldKind::kPassword);
  notes.beside(ui, {"password"});
  notes.rest(ui);
  ui.space(4);
  const bool busy = state.people.busy || state.people.checking;
  if (ui.button("sign-in", say(people_screen_messages(), busy ? "signing_in" : "sign_in", language),
                ButtonStyle::kPrimary, Ui::kFill, !busy)) {
    intent = SubmitSignIn{};
  }
  return intent;
}

Intent signed_in_card(const AppState& state, Ui& ui) {
  Intent intent;
  if (!state.people.session) return intent;
  const Language language = state.language;
  const Person& person = state.people.session->person;
  ui.begin_card();
  ui.subheading(say(people_screen_messages(), "signed_in_as", language,
                    {{"name", person.name}, {"email", person.email}}));
  std::vector<std::string> roles;
  for (Role role : person.roles) roles.push_back(role_name(role, language));
  ui.muted(roles.empty() ? say(people_screen_messages(), "no_roles", language)
                         : say(people_screen_messages(), "roles", language, {{"roles", roles}}));
  ChoiceRow row(ui);
  if (row.button("password", say(people_screen_messages(), "change_password", language),
                 ButtonStyle::kSecondary)) {
    intent = GoTo{kPasswordScreen};
  }
  if (row.button("sign-out", say(people_screen_messages(), "sign_out", language),
                 ButtonStyle::kSecondary, !state.people.busy)) {
    intent = SignOut{};
  }
  ui.end_card();
  return intent;
}

}  // namespace sammen::client::people
