// People and roles: everyone with an account, each with their roles as
// buttons an administrator turns on and off (the last administrator keeps
// the role: the server says why).

#include <algorithm>

#include "core/form.h"
#include "core/say.h"
#include "people/screens.h"
#include "people/update.h"
#include "sammen/people/screen_messages.h"
#include "screen_list.h"
#include "setup/state.h"

namespace sammen::client::people {

std::string people_title(const AppState& state) {
  return say(people_screen_messages(), "people_title", state.language);
}

Intent draw_people(const AppState& state, Ui& ui) {
  Intent intent = back_button(state, ui, setup::kConsoleScreen);
  const Language language = state.language;
  ui.heading(people_title(state));
  ui.muted(say(people_screen_messages(), "people_intro", language));
  ProblemNotes notes(state.people.people_error, language, currency(state));
  notes.rest(ui);
  if (state.people.people_loading && state.people.people.empty()) {
    ui.muted(say(people_screen_messages(), "loading", language));
  }
  const std::vector<Person>& people = state.people.people;
  ui.list("people", static_cast<int>(people.size()), [&](int i) {
    const Person& person = people[static_cast<std::size_t>(i)];
    ui.begin_card();
    ui.subheading(person.name);
    ui.muted(person.email);
    ChoiceRow row(ui);
    for (const auto& [role, id] : kRoleIds) {
      const bool held = std::find(person.roles.begin(), person.roles.end(), role) != person.roles.end();
      if (row.choice("role:" + std::to_string(person.id) + ":" + std::string(id),
                     role_name(role, language), held)) {
        intent = SetRole{person.id, role, !held};
      }
    }
    ui.end_card();
    ui.space(2);
  });
  return intent;
}

}  // namespace sammen::client::people
