// Ballot: the district's proposals with Add / Remove, and a live budget bar.
//
// What may be added, the bar's facts and every problem come from the model
// (why_cannot_add, budget_bar, validate), whatever the ballot format. Only
// the cards in view are drawn (a district may have a thousand proposals).
// When voting is not open the proposals can still be read, with no buttons
// and no bottom bar.

#include <algorithm>
#include <string>

#include "sammen/ballots/screen_messages.h"
#include "ballots/screens.h"
#include "core/say.h"
#include "sammen/core/screen_messages.h"
#include "sammen/ballots/ballot.h"
#include "sammen/ballots/budget_words.h"
#include "sammen/core/error_table.h"
#include "sammen/results/screen_messages.h"
#include "screen_list.h"

namespace sammen::client::ballots {
namespace {

bool chosen(const Ballot& ballot, const std::string& proposal_id) {
  return std::find(ballot.proposal_ids.begin(), ballot.proposal_ids.end(), proposal_id) !=
         ballot.proposal_ids.end();
}

// Text on the left and, when it fits, more text right-aligned on the same line.
void split_line(Ui& ui, const std::string& left, const std::string& right, ImU32 right_color) {
  ImGui::PushFont(ui.fonts().bold);
  ImGui::TextUnformatted(left.c_str());
  ImGui::PopFont();
  const float width = ImGui::CalcTextSize(right.c_str()).x;
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x >= width) {
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - width);
  } else {
    ImGui::NewLine();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(right_color));
  ImGui::TextUnformatted(right.c_str());
  ImGui::PopStyleColor();
}

// "✓ Chosen" beside Remove, or Add (disabled, with the model's reason, when it may not be added).
Intent proposal_buttons(const AppState& state, Ui& ui, const Proposal& proposal, float width) {
  const Language language = state.language;
  Intent intent;
  if (chosen(state.ballots.ballot, proposal.id)) {
    if (ui.button("remove:" + proposal.id, say(ballot_screen_messages(), "remove", language),
                  ButtonStyle::kDanger, width, true, "toggle:" + proposal.id)) {
      intent = RemoveProposal{proposal.id};
    }
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (Ui::kTouchHeight - ImGui::GetFontSize()) * 0.5f);
    ui.colored(say(ballot_screen_messages(), "chosen", language), Ui::tone_color(Tone::kSuccess));
    return intent;
  }
  const std::optional<Problem> why =
      why_cannot_add(state.ballots.ballot, state.processes.detail->process, proposal.id);
  if (ui.button("add:" + proposal.id, say(ballot_screen_messages(), "add", language), ButtonStyle::kPrimary,
                width, !why, "toggle:" + proposal.id)) {
    intent = AddProposal{proposal.id};
  }
  if (why) ui.colored(sentence(*why, language, currency(state)), Ui::tone_color(Tone::kWarning));
  return intent;
}

}  // namespace

bool can_vote(const AppState& state) {
  return state.processes.detail && state.processes.detail->voting_open &&
         rung_allows(state.processes.detail->process.rung, Action::kVote);
}

std::string ballot_title(const AppState& state) {
  return say(ballot_screen_messages(), "proposals_in", state.language,
             {{"district", district_name(state, state.ballots.district_id)}});
}

std::string budget_status(const AppState& state) {
  if (!state.processes.detail) return {};
  const BudgetBar bar = budget_bar(state.ballots.ballot, state.processes.detail->process);
  if (bar.measure == BudgetBar::Measure::kMoney) {
    return money_left_sentence(bar, {state.language, currency(state)});
  }
  return say(ballot_screen_messages(), "chosen_count", state.language, {{"count", bar.used}});
}

Intent draw_ballot(const AppState& state, Ui& ui) {
  const Language language = state.language;
  const Process& process = state.processes.detail->process;
  const bool voting = can_vote(state);

  Intent intent = back_button(state, ui, kDistrictScreen);
  ui.heading(say(ballot_screen_messages(), "proposals_in", language,
                 {{"district", district_name(state, state.ballots.district_id)}}));
  ui.muted(
      say(ballot_screen_messages(),
          process.ballot.format == BallotFormat::kKnapsack ? "intro_knapsack" : "intro_approval",
          language));
  if (!voting) {
    ui.notice(
        sentence({process.voting_closed || process.result_published ? ErrorCode::kVotingClosed
                                                                     : ErrorCode::kVotingNotOpen,
                  ""},
                 language),
        Tone::kWarning);
    if (process.result_published &&
        ui.button("results", say(result_screen_messages(), "see_result", language))) {
      intent = GoTo{results::kResultsScreen};
    }
  }
  ui.space(4);

  const float button_width = ui.narrow() ? 132.0f : 160.0f;
  const std::vector<const Proposal*> proposals = proposals_in(state, state.ballots.district_id);
  ui.list("ballot:" + state.ballots.district_id, static_cast<int>(proposals.size()), [&](int i) {
    const Proposal& proposal = *proposals[static_cast<std::size_t>(i)];
    ui.begin_card();
    ui.subheading(proposal.title);
    ui.colored(format_money(proposal.cost, currency(state), language) + "  ·  " +
                   production_name(proposal.production, language),
               Ui::tone_color(Tone::kInfo));
    if (!proposal.summary.empty()) ui.paragraph(proposal.summary);
    if (voting) keep(intent, proposal_buttons(state, ui, proposal, button_width));
    ui.end_card(chosen(state.ballots.ballot, proposal.id));
  });
  return intent;
}

Intent draw_ballot_bar(const AppState& state, Ui& ui) {
  Intent intent;
  const Language language = state.language;
  const Process& process = state.processes.detail->process;
  const std::string_view cur = currency(state);
  const BudgetBar bar = budget_bar(state.ballots.ballot, process);

  if (bar.measure == BudgetBar::Measure::kMoney) {
    const Money left = bar.limit - bar.used;
    split_line(ui,
               say(ballot_screen_messages(), "spent_of_budget", language,
                   {{"spent", bar.used}, {"budget", bar.limit}}, cur),
               money_left_sentence(bar, {language, cur}),
               left < 0 ? Ui::tone_color(Tone::kError) : Ui::tone_color(Tone::kSuccess));
    const float scale = bar.limit > 0 ? 1.0f / static_cast<float>(bar.limit) : 0.0f;
    ui.meter(static_cast<float>(bar.used) * scale,
             left < 0 ? Ui::tone_color(Tone::kError) : Ui::tone_color(Tone::kInfo), 14.0f,
             bar.minimum > 0 ? static_cast<float>(bar.minimum) * scale : -1.0f);
  } else {
    std::string line = say(ballot_screen_messages(), "chosen_count", language, {{"count", bar.used}});
    if (bar.limit > 0) line += " " + say(ballot_screen_messages(), "at_most", language, {{"limit", bar.limit}});
    split_line(ui, line, "", Ui::tone_color(Tone::kInfo));
  }

  const std::vector<Problem> problems = validate(state.ballots.ballot, process);
  if (!problems.empty() && problems.front().code != ErrorCode::kEmptyBallot) {
    ui.colored(sentence(problems.front(), language, cur), Ui::tone_color(Tone::kWarning));
  } else if (bar.minimum > 0 && !problems.empty()) {
    ui.muted(say(ballot_screen_messages(), "minimum_spend", language, {{"minimum", bar.minimum}}, cur));
  }
  if (ui.button("to_submit", say(ballot_screen_messages(), "next_voter_code", language), ButtonStyle::kPrimary,
                Ui::kFill, problems.empty())) {
    intent = GoTo{kSubmitScreen};
  }
  return intent;
}

}  // namespace sammen::client::ballots
