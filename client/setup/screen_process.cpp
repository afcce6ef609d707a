// A process's settings: its id (when new), title and description in the
// municipality's first language and the others, the rung on the
// participation ladder, the ballot format, the counting rule, who may take
// part (ages, districts), the phases with their dates, and each district's
// budget. Once voting has opened, the settings that decide the outcome are
// frozen: the model refuses a change to them with a sentence saying why.

#include "core/form.h"
#include "core/say.h"
#include "sammen/processes/ladder.h"
#include "sammen/results/explanation.h"
#include "sammen/setup/freeze.h"
#include "sammen/setup/screen_messages.h"
#include "screen_list.h"
#include "setup/fields.h"
#include "setup/screens.h"

namespace sammen::client::setup {
namespace {

constexpr Rung kRungs[] = {Rung::kInform, Rung::kConsult, Rung::kInvolve, Rung::kCoCreate,
                           Rung::kCoDecide};
constexpr counting::Rule kRules[] = {counting::Rule::kGreedy, counting::Rule::kEqualShares,
                                     counting::Rule::kPhragmen, counting::Rule::kOptimal};

Intent texts(const AppState& state, Ui& ui, ProblemNotes& notes) {
  const Language language = state.language;
  if (state.setup.process_id.empty()) {
    labeled_field(ui, field::kProcessId, say(setup_screen_messages(), "id", language));
    ui.muted(say(setup_screen_messages(), "id_help", language));
    notes.beside(ui, {"id"});
  }
  labeled_field(ui, field::kTitle, say(setup_screen_messages(), "title", language));
  notes.beside(ui, {"title"});
  labeled_field(ui, field::kDescription, say(setup_screen_messages(), "description", language));
  notes.beside(ui, {"description"});
  for (Language other : other_languages(state)) {
    const std::string name(language_name(other));
    labeled_field(ui, field::title_in(other),
                  say(setup_screen_messages(), "title_in", language, {{"language", name}}));
    labeled_field(ui, field::description_in(other),
                  say(setup_screen_messages(), "description_in", language, {{"language", name}}));
  }
  notes.beside(ui, {"translations"});
  return {};
}

Intent rules(const AppState& state, Ui& ui, ProblemNotes& notes) {
  Intent intent;
  const Language language = state.language;
  const ProcessChoices& choices = state.setup.process;
  ui.subheading(say(setup_screen_messages(), "rung", language));
  ChoiceRow rungs(ui);
  for (Rung rung : kRungs) {
    if (rungs.choice("rung:" + std::string(kRungIds.id(rung)), rung_name(rung, language),
                     choices.rung == rung)) {
      intent = ChooseRung{rung};
    }
  }
  notes.beside(ui, {"rung"});

  ui.subheading(say(setup_screen_messages(), "ballot_format", language));
  ChoiceRow formats(ui);
  for (const auto& [format, id] : kBallotFormatIds) {
    if (formats.choice("format:" + std::string(id),
                       say(setup_screen_messages(), "format_" + std::string(id), language),
                       choices.format == format)) {
      intent = ChooseFormat{format};
    }
  }
  if (choices.format == BallotFormat::kApproval) {
    labeled_field(ui, field::kMaxApprovals, say(setup_screen_messages(), "max_approvals", language),
                  platform::FieldKind::kNumber);
  } else {
    labeled_field(ui, field::kMinSpend, say(setup_screen_messages(), "min_spend", language),
                  platform::FieldKind::kNumber);
  }
  notes.beside(ui, {"ballot"});

  ui.subheading(say(setup_screen_messages(), "counting_rule", language));
  ChoiceRow rules_row(ui);
  for (counting::Rule rule : kRules) {
    if (rules_row.choice("rule:" + std::string(kRuleIds.id(rule)),
                         say(setup_screen_messages(), "rule_" + std::string(kRuleIds.id(rule)), language),
                         choices.rule == rule)) {
      intent = ChooseRule{rule};
    }
  }
  ui.muted(rule_name(choices.rule, language));
  notes.beside(ui, {"counting_rule"});

  ui.subheading(say(setup_screen_messages(), "eligibility", language));
  labeled_field(ui, field::kMinAge, say(setup_screen_messages(), "min_age", language),
                platform::FieldKind::kNumber);
  labeled_field(ui, field::kMaxAge, say(setup_screen_messages(), "max_age", language),
                platform::FieldKind::kNumber);
  ui.muted(say(setup_screen_messages(), "eligible_districts", language));
  ChoiceRow eligible(ui);
  for (const District& d : districts(state)) {
    if (eligible.choice("eligible:" + d.id, d.name, choices.eligible_districts.count(d.id) > 0)) {
      intent = ToggleEligibleDistrict{d.id};
    }
  }
  notes.beside(ui, {"eligibility"});
  return intent;
}

void phases_and_budgets(const AppState& state, Ui& ui, ProblemNotes& notes) {
  const Language language = state.language;
  ui.subheading(say(setup_screen_messages(), "phases", language));
  ui.muted(say(setup_screen_messages(), "phases_help", language));
  for (PhaseKind kind : kFormPhases) {
    ui.begin_card();
    ui.subheading(phase_name(kind, language));
    const float half = (ui.available_width() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const bool side_by_side = !ui.narrow();
    if (side_by_side) {
      ImGui::BeginGroup();
      ui.muted(say(setup_screen_messages(), "starts", language));
      ui.text_field(field::phase_start(kind), "2028-01-31", platform::FieldKind::kText, half);
      ImGui::EndGroup();
      ImGui::SameLine();
      ImGui::BeginGroup();
      ui.muted(say(setup_screen_messages(), "ends", language));
      ui.text_field(field::phase_end(kind), "2028-02-28", platform::FieldKind::kText, half);
      ImGui::EndGroup();
    } else {
      labeled_field(ui, field::phase_start(kind), say(setup_screen_messages(), "starts", language),
                    platform::FieldKind::kText, "2028-01-31");
      labeled_field(ui, field::phase_end(kind), say(setup_screen_messages(), "ends", language),
                    platform::FieldKind::kText, "2028-02-28");
    }
    notes.beside(ui, {"phases." + std::string(kPhaseIds.id(kind))});
    ui.end_card();
  }
  notes.beside(ui, {"phases", "voting_phase"});

  ui.subheading(say(setup_screen_messages(), "budgets", language));
  ui.muted(say(setup_screen_messages(), "budgets_help", language,
               {{"currency", std::string(currency(state))}}));
  for (const District& d : districts(state)) {
    labeled_field(ui, field::budget(d.id), d.name, platform::FieldKind::kNumber,
                  say(setup_screen_messages(), "budget_for", language, {{"district", d.name}}));
    notes.beside(ui, {"budgets." + d.id});
  }
  notes.beside(ui, {"budgets"});
}

}  // namespace

std::string process_title(const AppState& state) {
  if (state.setup.process_id.empty()) return say(setup_screen_messages(), "new_process", state.language);
  return state.setup.detail ? state.setup.detail->process.title : state.setup.process_id;
}

Intent draw_process(const AppState& state, Ui& ui) {
  Intent intent = process_tabs(state, ui);
  const Language language = state.language;
  if (!state.setup.list || (!state.setup.process_id.empty() && !state.setup.detail)) {
    ui.muted(say(setup_screen_messages(), "loading", language));
    return intent;
  }
  if (state.setup.detail && settings_frozen(state.setup.detail->process, state.setup.detail->now)) {
    ui.notice(say(setup_screen_messages(), "frozen_note", language), Tone::kWarning);
  }
  ProblemNotes notes(state.setup.error, language, currency(state));
  keep(intent, texts(state, ui, notes));
  ui.space(6);
  keep(intent, rules(state, ui, notes));
  ui.space(6);
  phases_and_budgets(state, ui, notes);
  ui.space(6);
  notes.rest(ui);
  change_outcome(state, ui);
  if (ui.button("save-process",
                say(setup_screen_messages(), state.setup.sending ? "saving" : "save", language),
                ButtonStyle::kPrimary, Ui::kFill, !state.setup.sending)) {
    intent = SaveProcess{};
  }
  return intent;
}

}  // namespace sammen::client::setup
