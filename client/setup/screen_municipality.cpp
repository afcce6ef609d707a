// The municipality: its id (fixed once set), name, currency, the languages
// it publishes in (the first is the one titles are written in) and its
// districts, a row each with an id and a name.

#include <algorithm>

#include "core/form.h"
#include "core/say.h"
#include "sammen/setup/screen_messages.h"
#include "screen_list.h"
#include "setup/fields.h"
#include "setup/screens.h"

namespace sammen::client::setup {

std::string municipality_title(const AppState& state) {
  return say(setup_screen_messages(), "municipality", state.language);
}

Intent draw_municipality(const AppState& state, Ui& ui) {
  Intent intent = back_button(state, ui, kConsoleScreen);
  const Language language = state.language;
  const MunicipalityChoices& choices = state.setup.municipality;
  ui.heading(municipality_title(state));
  if (!state.setup.list) {
    ui.muted(say(setup_screen_messages(), "loading", language));
    return intent;
  }
  ProblemNotes notes(state.setup.error, language, currency(state));

  if (!choices.id_fixed) {
    labeled_field(ui, field::kMunicipalityId, say(setup_screen_messages(), "id", language));
    ui.muted(say(setup_screen_messages(), "id_help", language));
    notes.beside(ui, {"id"});
  }
  labeled_field(ui, field::kMunicipalityName, say(setup_screen_messages(), "name", language));
  notes.beside(ui, {"name"});
  labeled_field(ui, field::kCurrency, say(setup_screen_messages(), "currency", language));
  notes.beside(ui, {"currency"});

  ui.subheading(say(setup_screen_messages(), "languages", language));
  ui.muted(say(setup_screen_messages(), "languages_help", language));
  ChoiceRow languages(ui);
  for (Language l : kAllLanguages) {
    const auto at = std::find(choices.languages.begin(), choices.languages.end(), l);
    std::string label(language_name(l));
    if (at == choices.languages.begin()) label += " (1)";
    if (languages.choice("language:" + std::string(language_tag(l)), label,
                         at != choices.languages.end())) {
      intent = ToggleLanguage{l};
    }
  }
  notes.beside(ui, {"languages"});

  ui.space(6);
  ui.subheading(say(setup_screen_messages(), "districts", language));
  ui.muted(say(setup_screen_messages(), "districts_help", language));
  for (int row = 0; row < choices.district_rows; ++row) {
    ui.begin_card();
    labeled_field(ui, field::district_id(row), say(setup_screen_messages(), "district_id", language));
    labeled_field(ui, field::district_name(row),
                  say(setup_screen_messages(), "district_name", language));
    if (choices.district_rows > 1 &&
        ui.button("remove-district:" + std::to_string(row),
                  say(setup_screen_messages(), "remove", language), ButtonStyle::kDanger, 0.0f)) {
      intent = RemoveDistrictRow{row};
    }
    ui.end_card();
  }
  notes.beside(ui, {"districts"});
  if (ui.button("add-district", say(setup_screen_messages(), "add_district", language),
                ButtonStyle::kSecondary)) {
    intent = AddDistrictRow{};
  }
  ui.space(6);
  notes.rest(ui);
  change_outcome(state, ui);
  if (ui.button("save-municipality",
                say(setup_screen_messages(), state.setup.sending ? "saving" : "save", language),
                ButtonStyle::kPrimary, Ui::kFill, !state.setup.sending)) {
    intent = SaveMunicipality{};
  }
  return intent;
}

}  // namespace sammen::client::setup
