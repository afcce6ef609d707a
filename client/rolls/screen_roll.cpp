// The voter roll: what the file must hold, the file picked and the import;
// every bad line with its number and why (nothing is imported until the
// whole file is good); the census of the last import, per district and age
// band; and, right after an import, the letters to save and print (the codes
// exist nowhere else).

#include "core/form.h"
#include "core/say.h"
#include "sammen/rolls/census.h"
#include "sammen/rolls/screen_messages.h"
#include "setup/fields.h"
#include "setup/screens.h"

namespace sammen::client::rolls {
namespace {

void census_card(const AppState& state, Ui& ui, const RollSummary& summary) {
  const Language language = state.language;
  ui.begin_card();
  ui.subheading(say(roll_screen_messages(), "summary", language,
                    {{"lines", summary.lines}, {"voters", summary.voters}}));
  const LeftOut& out = summary.left_out;
  if (out.too_young + out.too_old + out.outside_districts > 0) {
    ui.muted(say(roll_screen_messages(), "left_out", language,
                 {{"young", out.too_young}, {"old", out.too_old}, {"outside", out.outside_districts}}));
  }
  if (summary.used_on_paper > 0) {
    ui.muted(say(roll_screen_messages(), "used_on_paper", language, {{"count", summary.used_on_paper}}));
  }
  ui.muted(say(roll_screen_messages(), "census_year", language, {{"year", summary.census.year}}));
  for (const DistrictCount& district : summary.census.districts) {
    ui.space(4);
    ui.subheading(say(roll_screen_messages(), "district_total", language,
                      {{"district", setup::district_label(state, district.district_id)},
                       {"count", district.total}}));
    std::string bands;
    for (std::size_t i = 0; i < kAgeBands.size(); ++i) {
      if (district.bands[i] == 0) continue;
      if (!bands.empty()) bands += "   ";
      // An age band and its count stay together on one line.
      bands += say(roll_screen_messages(), "band", language,
                   {{"band", std::string(kAgeBands[i].id)}, {"count", district.bands[i]}});
    }
    ui.paragraph(bands);
  }
  ui.end_card();
}

}  // namespace

std::string roll_title(const AppState& state) {
  return say(roll_screen_messages(), "title", state.language);
}

Intent draw_roll(const AppState& state, Ui& ui) {
  Intent intent = setup::process_tabs(state, ui);
  const Language language = state.language;
  const State& rolls = state.rolls;
  ui.subheading(roll_title(state));
  ui.muted(say(roll_screen_messages(), "help", language));

  ChoiceRow row(ui);
  if (row.button("roll:pick", say(roll_screen_messages(), rolls.file ? "pick_other" : "pick", language),
                 ButtonStyle::kSecondary)) {
    intent = PickRollFile{};
  }
  if (rolls.file) {
    ui.paragraph(say(roll_screen_messages(), "picked", language,
                     {{"name", rolls.file->name},
                      {"kilobytes", static_cast<std::int64_t>((rolls.file->bytes + 1023) / 1024)}}));
    if (ui.button("roll:import",
                  say(roll_screen_messages(), rolls.importing ? "importing" : "import", language),
                  ButtonStyle::kPrimary, Ui::kFill, !rolls.importing)) {
      intent = ImportRoll{};
    }
  }
  if (rolls.error) {
    const std::size_t count = rolls.error->problems.size();
    if (count > 1) {
      ui.notice(say(roll_screen_messages(), "bad_lines", language,
                    {{"count", static_cast<std::int64_t>(count)}}),
                Tone::kError);
    }
    ProblemNotes notes(rolls.error, language, currency(state));
    notes.rest(ui);
  }

  if (!rolls.letters.empty()) {
    ui.space(6);
    ui.notice(say(roll_screen_messages(), "letters_ready", language,
                  {{"count", static_cast<std::int64_t>(rolls.letters.size())}}),
              Tone::kSuccess);
    ChoiceRow letters(ui);
    if (letters.button("letters:csv", say(roll_screen_messages(), "save_csv", language),
                       ButtonStyle::kPrimary)) {
      intent = ExportLetters{false};
    }
    if (letters.button("letters:html", say(roll_screen_messages(), "save_html", language),
                       ButtonStyle::kSecondary)) {
      intent = ExportLetters{true};
    }
  }
  if (rolls.summary) {
    ui.space(6);
    census_card(state, ui, *rolls.summary);
  } else if (!rolls.loading && !rolls.error) {
    ui.muted(say(roll_screen_messages(), "none_yet", language));
  }
  return intent;
}

}  // namespace sammen::client::rolls
