// Voting: where the process stands, and in order: open voting now; close
// it; count it and look at the result before anyone else does (each
// district's funded proposals, each with the model's explanation); publish
// it; and see it as residents do. Also the ways between a process's
// screens (process_tabs) and what the last change did.

#include "core/form.h"
#include "core/say.h"
#include "rolls/state.h"
#include "sammen/processes/standing.h"
#include "sammen/results/explanation.h"
#include "sammen/setup/screen_messages.h"
#include "screen_list.h"
#include "setup/fields.h"
#include "setup/screens.h"

namespace sammen::client::setup {
namespace {

void preview_card(const AppState& state, Ui& ui, const Tally& tally) {
  const Language language = state.language;
  const Process& process = state.setup.detail->process;
  const std::string_view cur = currency(state);
  ui.notice(say(setup_screen_messages(), "preview_note", language,
                {{"count", tally.ballots}, {"rule", rule_name(tally.rule, language)}}),
            Tone::kInfo);
  for (const DistrictTally& district : tally.districts) {
    ui.begin_card();
    ui.subheading(district_label(state, district.district_id));
    ui.muted(say(setup_screen_messages(), "spent_of_budget", language,
                 {{"spent", district.spent}, {"budget", district.budget}}, cur));
    for (const ProposalOutcome& outcome : district.proposals) {
      const Proposal* proposal = find_proposal(process, outcome.proposal_id);
      const bool funded = outcome.verdict == counting::Verdict::kFunded;
      const std::string line = say(setup_screen_messages(), funded ? "funded" : "not_funded",
                                   language,
                                   {{"title", proposal ? proposal->title : outcome.proposal_id},
                                    {"votes", outcome.votes}});
      if (funded) {
        ui.colored(line, Ui::tone_color(Tone::kSuccess));
      } else {
        ui.subheading(line);
      }
      ui.muted(explain(outcome, process, {language, cur}));
    }
    ui.end_card();
  }
}

}  // namespace

Intent process_tabs(const AppState& state, Ui& ui) {
  Intent intent = back_button(state, ui, kConsoleScreen);
  const Language language = state.language;
  ui.heading(process_title(state));
  if (state.setup.process_id.empty()) return intent;
  ChoiceRow tabs(ui);
  const std::pair<ScreenId, const char*> kTabs[] = {{kProcessScreen, "settings"},
                                                    {kProposalsScreen, "proposals"},
                                                    {rolls::kRollScreen, "voter_roll"},
                                                    {kVotingScreen, "voting"}};
  for (const auto& [screen, key] : kTabs) {
    if (tabs.choice("tab:" + std::string(screen), say(setup_screen_messages(), key, language),
                    state.screen == screen)) {
      intent = OpenProcess{state.setup.process_id, screen};
    }
  }
  ui.space(4);
  return intent;
}

void change_outcome(const AppState& state, Ui& ui) {
  if (!state.setup.done.empty() && !state.setup.error) {
    ui.notice(say(setup_screen_messages(), state.setup.done, state.language), Tone::kSuccess);
  }
}

std::string voting_title(const AppState& state) {
  return say(setup_screen_messages(), "voting", state.language);
}

Intent draw_voting(const AppState& state, Ui& ui) {
  Intent intent = process_tabs(state, ui);
  const Language language = state.language;
  if (!state.setup.detail) {
    ui.muted(say(setup_screen_messages(), "loading", language));
    return intent;
  }
  const ProcessDetail& detail = *state.setup.detail;
  const Process& process = detail.process;
  ui.notice(standing_sentence(detail, language), detail.voting_open ? Tone::kSuccess : Tone::kInfo);
  ProblemNotes notes(state.setup.error, language, currency(state));
  notes.rest(ui);
  change_outcome(state, ui);
  const bool busy = state.setup.sending;
  const bool ended = process.voting_closed || process.result_published;

  if (!detail.voting_open && !ended) {
    ui.muted(say(setup_screen_messages(), "open_help", language));
    if (ui.button("open-voting", say(setup_screen_messages(), "open_voting", language),
                  ButtonStyle::kPrimary, Ui::kFill, !busy)) {
      intent = OpenVoting{};
    }
  }
  if (detail.voting_open) {
    ui.muted(say(setup_screen_messages(), "close_help", language));
    if (ui.button("close-voting", say(setup_screen_messages(), "close_voting", language),
                  ButtonStyle::kDanger, Ui::kFill, !busy)) {
      intent = CloseVoting{};
    }
  }
  if (process.voting_closed && !process.result_published) {
    if (ui.button("preview", say(setup_screen_messages(), "preview", language),
                  state.setup.preview ? ButtonStyle::kSecondary : ButtonStyle::kPrimary, Ui::kFill,
                  !busy)) {
      intent = PreviewResult{};
    }
    if (state.setup.preview) {
      preview_card(state, ui, *state.setup.preview);
      ui.muted(say(setup_screen_messages(), "publish_help", language));
      if (ui.button("publish", say(setup_screen_messages(), "publish", language),
                    ButtonStyle::kPrimary, Ui::kFill, !busy)) {
        intent = PublishResult{};
      }
    }
  }
  if (process.result_published &&
      ui.button("show-result", say(setup_screen_messages(), "show_result", language))) {
    intent = ShowResult{};
  }
  return intent;
}

}  // namespace sammen::client::setup
