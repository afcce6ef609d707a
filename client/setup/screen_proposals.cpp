// A process's proposals: each one with its district and cost (press to edit
// it), and the form for a new one or the one being edited: id, title,
// summary, cost, district, who carries it out and its status.

#include "core/form.h"
#include "core/say.h"
#include "sammen/setup/screen_messages.h"
#include "screen_list.h"
#include "setup/fields.h"
#include "setup/screens.h"

namespace sammen::client::setup {
namespace {

constexpr ProposalStatus kStatuses[] = {ProposalStatus::kDraft, ProposalStatus::kSubmitted,
                                        ProposalStatus::kAccepted, ProposalStatus::kRejected};

Intent proposal_form(const AppState& state, Ui& ui) {
  Intent intent;
  const Language language = state.language;
  const ProposalChoices& choices = state.setup.proposal;
  const Process& process = state.setup.detail->process;
  ProblemNotes notes(state.setup.error, language, currency(state));
  ui.begin_card();
  ui.subheading(choices.editing.empty()
                    ? say(setup_screen_messages(), "new_proposal", language)
                    : say(setup_screen_messages(), "edit_proposal", language, {{"id", choices.editing}}));
  if (choices.editing.empty()) {
    labeled_field(ui, field::kProposalId, say(setup_screen_messages(), "id", language));
    notes.beside(ui, {"id"});
  }
  labeled_field(ui, field::kProposalTitle, say(setup_screen_messages(), "title", language));
  notes.beside(ui, {"title"});
  labeled_field(ui, field::kSummary, say(setup_screen_messages(), "summary", language));
  notes.beside(ui, {"summary"});
  labeled_field(ui, field::kCost,
                say(setup_screen_messages(), "cost", language, {{"currency", std::string(currency(state))}}),
                platform::FieldKind::kNumber);
  notes.beside(ui, {"cost"});
  ui.subheading(say(setup_screen_messages(), "district", language));
  ChoiceRow districts_row(ui);
  for (const DistrictBudget& budget : process.budgets) {
    if (districts_row.choice("proposal-district:" + budget.district_id,
                             district_label(state, budget.district_id),
                             choices.district_id == budget.district_id)) {
      intent = ChooseProposalDistrict{budget.district_id};
    }
  }
  notes.beside(ui, {"district_id"});
  ui.subheading(say(setup_screen_messages(), "production", language));
  ChoiceRow production(ui);
  for (const auto& [form, id] : kProductionIds) {
    if (production.choice("production:" + std::string(id), production_name(form, language),
                          choices.production == form)) {
      intent = ChooseProduction{form};
    }
  }
  ui.subheading(say(setup_screen_messages(), "status", language));
  ChoiceRow statuses(ui);
  for (ProposalStatus status : kStatuses) {
    const std::string id(kProposalStatusIds.id(status));
    if (statuses.choice("status:" + id, say(setup_screen_messages(), "status_" + id, language),
                        choices.status == status)) {
      intent = ChooseStatus{status};
    }
  }
  notes.rest(ui);
  change_outcome(state, ui);
  ChoiceRow actions(ui);
  if (actions.button("save-proposal",
                     say(setup_screen_messages(), state.setup.sending ? "saving"
                                                  : choices.editing.empty() ? "add_proposal"
                                                                            : "save",
                         language),
                     ButtonStyle::kPrimary, !state.setup.sending)) {
    intent = SaveProposal{};
  }
  if (!choices.editing.empty() &&
      actions.button("new-proposal", say(setup_screen_messages(), "new_proposal", language),
                     ButtonStyle::kSecondary)) {
    intent = EditProposal{""};
  }
  ui.end_card();
  return intent;
}

}  // namespace

std::string proposals_title(const AppState& state) {
  return say(setup_screen_messages(), "proposals", state.language);
}

Intent draw_proposals(const AppState& state, Ui& ui) {
  Intent intent = process_tabs(state, ui);
  const Language language = state.language;
  if (!state.setup.detail) {
    ui.muted(say(setup_screen_messages(), "loading", language));
    return intent;
  }
  const Process& process = state.setup.detail->process;
  if (process.budgets.empty()) {
    ui.notice(say(setup_screen_messages(), "budgets_first", language), Tone::kInfo);
    return intent;
  }
  keep(intent, proposal_form(state, ui));
  ui.space(6);
  ui.subheading(say(setup_screen_messages(), "proposal_count", language,
                    {{"count", static_cast<std::int64_t>(process.proposals.size())}}));
  ui.list("proposals", static_cast<int>(process.proposals.size()), [&](int i) {
    const Proposal& p = process.proposals[static_cast<std::size_t>(i)];
    const std::string line = district_label(state, p.district_id) + "  ·  " +
                             format_money(p.cost, currency(state), language) + "  ·  " +
                             say(setup_screen_messages(),
                                 "status_" + std::string(kProposalStatusIds.id(p.status)), language);
    if (ui.card_button("proposal:" + p.id, p.title, line)) intent = EditProposal{p.id};
  });
  return intent;
}

}  // namespace sammen::client::setup
