// Results: per district, votes per proposal as bars, funded or not, and the
// model's explanation of each outcome; then the rule, the tie-break and the
// fingerprint of the ballots, so anyone can check the count.

#include <algorithm>
#include <string>

#include "sammen/money.h"
#include "sammen/tally.h"
#include "screens.h"
#include "strings.h"

namespace sammen::client {
namespace {

constexpr ImU32 kNotFundedBar = IM_COL32(150, 160, 175, 255);

void draw_district(const AppState& state, Ui& ui, const DistrictOutcome& district) {
  const Language l = state.language;
  const Process& process = state.detail->process;
  const std::string_view cur = currency(state);

  ui.begin_card();
  ui.heading(district_name(state, district.district_id));
  ui.muted(fill(text(Text::kSpentOfBudget, l), {format_money(district.spent, cur, l), format_money(district.budget, cur, l)}) +
           "  ·  " + counted(Text::kBallotsCounted, district.ballots, l));
  ui.meter(district.budget > 0 ? static_cast<float>(district.spent) / static_cast<float>(district.budget) : 0.0f,
           Ui::tone_color(Tone::kInfo), 10.0f);
  ui.space(6);

  std::int64_t most = 1;
  for (const ProposalOutcome& outcome : district.proposals) most = std::max(most, outcome.votes);
  for (const ProposalOutcome& outcome : district.proposals) {
    const Proposal* proposal = find_proposal(process, outcome.proposal_id);
    const bool funded = outcome.verdict == counting::Verdict::kFunded;
    ui.subheading(proposal ? proposal->title : outcome.proposal_id);
    const std::string verdict = funded ? "✓ " + std::string(text(Text::kFunded, l)) : std::string(text(Text::kNotFunded, l));
    ui.colored(verdict + "  ·  " + counted(Text::kVotes, outcome.votes, l) +
                   (proposal ? "  ·  " + format_money(proposal->cost, cur, l) : std::string()),
               funded ? Ui::tone_color(Tone::kSuccess) : Ui::tone_color(Tone::kWarning));
    ui.meter(static_cast<float>(outcome.votes) / static_cast<float>(most),
             funded ? Ui::tone_color(Tone::kSuccess) : kNotFundedBar, 12.0f);
    ui.muted(explain(outcome, process, l, cur));
    ui.space(6);
  }
  ui.end_card();
  ui.space(4);
}

}  // namespace

Intent draw_results(const AppState& state, Ui& ui) {
  Intent intent;
  const Language l = state.language;
  const Process& process = state.detail->process;

  if (ui.button("back", text(Text::kBack, l), ButtonStyle::kSecondary, 0.0f)) intent = Intent::go_to(Screen::kStart);
  if (state.result_error) {
    ui.notice(error_text(*state.result_error, l, currency(state)), Tone::kError);
    if (ui.button("retry", text(Text::kRetry, l))) intent = Intent::of(Intent::Kind::kOpenResult);
  }
  if (!state.result) {
    if (state.result_loading) ui.muted(text(Text::kResultLoading, l));
    return intent;
  }
  const ProcessResult& result = *state.result;
  ui.heading(fill(text(Text::kResultTitle, l), {process.title}));
  ui.notice(text(result.binding ? Text::kBinding : Text::kAdvisory, l), result.binding ? Tone::kSuccess : Tone::kInfo);
  ui.space(4);

  for (const DistrictOutcome& district : result.districts) draw_district(state, ui, district);

  ui.begin_card();
  ui.paragraph(fill(text(Text::kRule, l), {rule_name(result.rule, l)}));
  ui.paragraph(fill(text(Text::kTieBreak, l), {tie_break_name(result.tie_break, l)}));
  ui.paragraph(counted(Text::kBallotsCounted, result.ballots, l));
  ui.muted(text(Text::kFingerprint, l));
  ui.paragraph(result.ballots_fingerprint);
  ui.end_card();
  return intent;
}

}  // namespace sammen::client
