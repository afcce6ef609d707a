// The console: who is signed in (sign out, change password), then by role:
// an administrator sees the municipality, every process and a new one,
// people and roles, and the audit log; anyone else is told they have no
// staff role.

#include "audit/state.h"
#include "core/form.h"
#include "core/say.h"
#include "people/screens.h"
#include "people/update.h"
#include "sammen/processes/ladder.h"
#include "sammen/setup/screen_messages.h"
#include "setup/screens.h"
#include "setup/state.h"

namespace sammen::client::setup {

std::string console_title(const AppState& state) {
  return say(setup_screen_messages(), "console_title", state.language);
}

Intent draw_console(const AppState& state, Ui& ui) {
  const Language language = state.language;
  ui.heading(console_title(state));
  Intent intent = people::signed_in_card(state, ui);
  ui.space(6);
  if (!people::administrator(state)) {
    ui.notice(say(setup_screen_messages(), "no_staff_role", language), Tone::kInfo);
    return intent;
  }
  ProblemNotes notes(state.setup.error, language, currency(state));
  notes.rest(ui);

  const ProcessList* list = state.setup.list ? &*state.setup.list : nullptr;
  if (list == nullptr) {
    ui.muted(say(setup_screen_messages(), "loading", language));
    return intent;
  }
  ui.subheading(say(setup_screen_messages(), "municipality", language));
  const std::string municipality =
      list->municipality ? list->municipality->name : say(setup_screen_messages(), "not_set_up", language);
  const std::string districts =
      list->municipality ? say(setup_screen_messages(), "district_count", language,
                               {{"count", static_cast<std::int64_t>(list->municipality->districts.size())}})
                         : say(setup_screen_messages(), "set_up_first", language);
  if (ui.card_button("open:municipality", municipality, districts)) intent = GoTo{kMunicipalityScreen};
  ui.space(6);

  ui.subheading(say(setup_screen_messages(), "processes", language));
  for (const ProcessSummary& process : list->processes) {
    const char* key = process.result_published ? "state_published"
                      : process.voting_open     ? "state_voting"
                                                : "state_preparing";
    if (ui.card_button("open:process:" + process.id, process.title,
                       say(setup_screen_messages(), key, language))) {
      intent = OpenProcess{process.id, kProcessScreen};
    }
  }
  if (list->municipality &&
      ui.button("new-process", say(setup_screen_messages(), "new_process", language),
                ButtonStyle::kSecondary)) {
    intent = OpenProcess{"", kProcessScreen};
  }
  ui.space(6);
  ui.subheading(say(setup_screen_messages(), "administration", language));
  ChoiceRow row(ui);
  if (row.button("open:people", say(setup_screen_messages(), "people_and_roles", language),
                 ButtonStyle::kSecondary)) {
    intent = GoTo{people::kPeopleScreen};
  }
  if (row.button("open:audit", say(setup_screen_messages(), "audit_log", language),
                 ButtonStyle::kSecondary)) {
    intent = GoTo{audit::kAuditScreen};
  }
  return intent;
}

}  // namespace sammen::client::setup
