// Ballot: the district's proposals with Add / Remove, and a live budget bar.
//
// What may be added, the total, the minimum and every problem come from the
// model (why_cannot_add, ballot_cost, minimum_spend, validate).

#include <algorithm>
#include <string>

#include "sammen/ballot.h"
#include "sammen/ladder.h"
#include "sammen/money.h"
#include "screens.h"
#include "strings.h"

namespace sammen::client {
namespace {

bool chosen(const Ballot& ballot, const std::string& proposal_id) {
  return std::find(ballot.proposal_ids.begin(), ballot.proposal_ids.end(), proposal_id) != ballot.proposal_ids.end();
}

bool can_vote(const AppState& state) {
  return state.detail->voting_open && rung_allows(state.detail->process.rung, Action::kVote);
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

}  // namespace

Intent draw_ballot(const AppState& state, Ui& ui) {
  Intent intent;
  const Language l = state.language;
  const Process& process = state.detail->process;
  const bool voting = can_vote(state);

  if (ui.button("back", text(Text::kBack, l), ButtonStyle::kSecondary, 0.0f)) intent = Intent::go_to(Screen::kDistrict);
  ui.heading(fill(text(Text::kProposalsIn, l), {district_name(state, state.district_id)}));
  ui.muted(text(process.ballot.format == BallotFormat::kKnapsack ? Text::kBallotIntroKnapsack : Text::kBallotIntroApproval, l));
  if (!voting) {
    ui.notice(sentence({process.voting_closed ? ErrorCode::kVotingClosed : ErrorCode::kVotingNotOpen, ""}, l),
              Tone::kWarning);
  }
  ui.space(4);

  const float button_width = ui.narrow() ? 132.0f : 160.0f;
  for (const Proposal* proposal : proposals_in(state, state.district_id)) {
    const bool in_ballot = chosen(state.ballot, proposal->id);
    ui.begin_card();
    ui.subheading(proposal->title);
    ui.colored(format_money(proposal->cost, currency(state), l) + "  ·  " +
                   std::string(production_name(proposal->production, l)),
               Ui::tone_color(Tone::kInfo));
    if (!proposal->summary.empty()) ui.paragraph(proposal->summary);
    if (voting) {
      if (in_ballot) {
        if (ui.button("remove:" + proposal->id, text(Text::kRemove, l), ButtonStyle::kDanger, button_width)) {
          intent = Intent::with_id(Intent::Kind::kRemoveProposal, proposal->id);
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (Ui::kTouchHeight - ImGui::GetFontSize()) * 0.5f);
        ui.colored(text(Text::kChosen, l), Ui::tone_color(Tone::kSuccess));
      } else {
        const std::optional<Problem> why = why_cannot_add(state.ballot, process, proposal->id);
        if (ui.button("add:" + proposal->id, text(Text::kAdd, l), ButtonStyle::kPrimary, button_width, !why)) {
          intent = Intent::with_id(Intent::Kind::kAddProposal, proposal->id);
        }
        if (why) ui.colored(sentence(*why, l, currency(state)), Ui::tone_color(Tone::kWarning));
      }
    }
    ui.end_card(in_ballot);
  }
  return intent;
}

Intent draw_ballot_bar(const AppState& state, Ui& ui) {
  Intent intent;
  const Language l = state.language;
  const Process& process = state.detail->process;
  const std::string_view cur = currency(state);
  const Money total = ballot_cost(state.ballot, process);
  const DistrictBudget* budget = find_budget(process, state.district_id);

  if (process.ballot.format == BallotFormat::kKnapsack && budget != nullptr) {
    const Money left = budget->budget - total;
    split_line(ui, fill(text(Text::kSpentOfBudget, l), {format_money(total, cur, l), format_money(budget->budget, cur, l)}),
               fill(text(Text::kLeft, l), {format_money(left, cur, l)}),
               left < 0 ? Ui::tone_color(Tone::kError) : Ui::tone_color(Tone::kSuccess));
    const Money minimum = minimum_spend(process, state.district_id);
    const float scale = budget->budget > 0 ? 1.0f / static_cast<float>(budget->budget) : 0.0f;
    ui.meter(static_cast<float>(total) * scale, left < 0 ? Ui::tone_color(Tone::kError) : Ui::tone_color(Tone::kInfo),
             14.0f, minimum > 0 ? static_cast<float>(minimum) * scale : -1.0f);
  } else {
    std::string line = counted(Text::kChosenCount, static_cast<std::int64_t>(state.ballot.proposal_ids.size()), l);
    if (process.ballot.max_approvals > 0) {
      line += " " + fill(text(Text::kAtMost, l), {std::to_string(process.ballot.max_approvals)});
    }
    split_line(ui, line, "", Ui::tone_color(Tone::kInfo));
  }

  const std::vector<Problem> problems = validate(state.ballot, process);
  if (!problems.empty() && problems.front().code != ErrorCode::kEmptyBallot) {
    ui.colored(sentence(problems.front(), l, cur), Ui::tone_color(Tone::kWarning));
  } else if (const Money minimum = minimum_spend(process, state.district_id); minimum > 0 && !problems.empty()) {
    ui.muted(fill(text(Text::kMinimumSpend, l), {format_money(minimum, cur, l)}));
  }
  if (ui.button("to_submit", text(Text::kNextVoterCode, l), ButtonStyle::kPrimary, Ui::kFill,
                problems.empty() && can_vote(state))) {
    intent = Intent::go_to(Screen::kSubmit);
  }
  return intent;
}

}  // namespace sammen::client
