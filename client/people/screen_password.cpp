// Changing the password: the current one and a new one; a one-time password
// from the command line must be changed here before anything else.

#include "core/form.h"
#include "core/say.h"
#include "people/screens.h"
#include "people/update.h"
#include "sammen/people/screen_messages.h"
#include "screen_list.h"
#include "setup/state.h"

namespace sammen::client::people {

std::string password_title(const AppState& state) {
  return say(people_screen_messages(), "password_title", state.language);
}

Intent draw_password(const AppState& state, Ui& ui) {
  Intent intent;
  const Language language = state.language;
  const bool forced = must_change_password(state);
  if (!forced) intent = back_button(state, ui, setup::kConsoleScreen);
  ui.heading(password_title(state));
  if (forced) ui.notice(say(people_screen_messages(), "password_forced", language), Tone::kWarning);
  ui.muted(say(people_screen_messages(), "password_rule", language,
               {{"count", static_cast<std::int64_t>(kMinPasswordChars)}}));
  ui.space(4);
  ProblemNotes notes(state.people.error, language, currency(state));
  labeled_field(ui, "password-current", say(people_screen_messages(), "current_password", language),
                platform::FieldKind::kPassword);
  notes.beside(ui, {"current_password"});
  labeled_field(ui, "password-new", say(people_screen_messages(), "new_password", language),
                platform::FieldKind::kPassword);
  notes.beside(ui, {"new_password"});
  notes.rest(ui);
  ui.space(4);
  const bool busy = state.people.busy;
  if (ui.button("change-password",
                say(people_screen_messages(), busy ? "saving" : "save_password", language),
                ButtonStyle::kPrimary, Ui::kFill, !busy)) {
    intent = SubmitPasswordChange{};
  }
  return intent;
}

}  // namespace sammen::client::people
