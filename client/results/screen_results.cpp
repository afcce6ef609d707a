// Results: a way to one's own district (and every other), then per district
// the money spent and why any was left, votes per proposal as bars, funded
// or not, the model's explanation of each outcome and when a tie-break
// decided it; then the rule, the tie-break and the fingerprint of the
// ballots, so anyone can check the count.

#include <algorithm>
#include <string>

#include "core/say.h"
#include "sammen/core/screen_messages.h"
#include "sammen/results/screen_messages.h"
#include "results/screens.h"
#include "sammen/results/explanation.h"
#include "screen_list.h"

namespace sammen::client::results {
namespace {

constexpr ImU32 kNotFundedBar = IM_COL32(150, 160, 175, 255);

// The district the resident voted in (or chose), if any.
std::string own_district(const AppState& state) {
  return state.ballots.receipt ? state.ballots.receipt->ballot.district_id : state.ballots.district_id;
}

// "Til din bydel" and a button per district, side by side where they fit.
Intent jump_buttons(const AppState& state, Ui& ui, const Tally& tally) {
  const Language language = state.language;
  Intent intent;
  const std::string own = own_district(state);
  if (find_budget(state.processes.detail->process, own) != nullptr &&
      ui.button("jump:own", say(result_screen_messages(), "to_your_district", language,
                                {{"district", district_name(state, own)}}))) {
    intent = JumpToDistrict{own};
  }
  ui.muted(say(result_screen_messages(), "jump_to", language));
  const float right = ImGui::GetCursorPosX() + ui.available_width();
  for (std::size_t i = 0; i < tally.districts.size(); ++i) {
    const std::string& id = tally.districts[i].district_id;
    const std::string name = district_name(state, id);
    ImGui::PushFont(ui.fonts().bold);
    const float width = ImGui::CalcTextSize(name.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::PopFont();
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorPosX() + width > right) ImGui::NewLine();
    }
    if (ui.button("jump:" + id, name, ButtonStyle::kSecondary, 0.0f)) intent = JumpToDistrict{id};
  }
  ui.space(4);
  return intent;
}

void draw_district(const AppState& state, Ui& ui, const Tally& tally, const DistrictTally& district) {
  const Language language = state.language;
  const Process& process = state.processes.detail->process;
  const std::string_view cur = currency(state);

  if (district.district_id == state.results.jump_district) ui.scroll_here(state.results.jump_request);
  ui.anchor("result:" + district.district_id);
  ui.begin_card();
  ui.heading(district_name(state, district.district_id));
  ui.muted(say(result_screen_messages(), "spent_of_budget", language,
               {{"spent", district.spent}, {"budget", district.budget}}, cur) +
           "  ·  " + say(result_screen_messages(), "ballots_counted", language, {{"count", district.ballots}}));
  ui.meter(district.budget > 0
               ? static_cast<float>(district.spent) / static_cast<float>(district.budget)
               : 0.0f,
           Ui::tone_color(Tone::kInfo), 10.0f);
  if (const std::string note = unspent_note(district, process, {language, cur}); !note.empty()) {
    ui.paragraph(note);
  }
  ui.space(6);

  std::int64_t most = 1;
  for (const ProposalOutcome& outcome : district.proposals) most = std::max(most, outcome.votes);
  for (const ProposalOutcome& outcome : district.proposals) {
    const Proposal* proposal = find_proposal(process, outcome.proposal_id);
    const bool funded = outcome.verdict == counting::Verdict::kFunded;
    ui.subheading(proposal ? proposal->title : outcome.proposal_id);
    const std::string verdict = funded ? "✓ " + say(result_screen_messages(), "funded", language)
                                       : say(result_screen_messages(), "not_funded", language);
    ui.colored(
        verdict + "  ·  " + say(result_screen_messages(), "votes", language, {{"count", outcome.votes}}) +
            (proposal ? "  ·  " + format_money(proposal->cost, cur, language) : std::string()),
        funded ? Ui::tone_color(Tone::kSuccess) : Ui::tone_color(Tone::kWarning));
    ui.meter(static_cast<float>(outcome.votes) / static_cast<float>(most),
             funded ? Ui::tone_color(Tone::kSuccess) : kNotFundedBar, 12.0f);
    ui.muted(explain(outcome, process, {language, cur}));
    if (const std::string tie = tie_break_note(tally, district, outcome, process, {language, cur}); !tie.empty()) {
      ui.colored(tie, Ui::tone_color(Tone::kInfo));
    }
    ui.space(6);
  }
  ui.end_card();
  ui.space(4);
}

}  // namespace

std::string results_title(const AppState& state) {
  return say(result_screen_messages(), "title", state.language,
             {{"process", state.processes.detail ? state.processes.detail->process.title : ""}});
}

bool published(const AppState& state) {
  return state.processes.detail && state.processes.detail->process.result_published;
}

Intent draw_results(const AppState& state, Ui& ui) {
  const Language language = state.language;
  const Process& process = state.processes.detail->process;

  Intent intent = back_button(state, ui, processes::kStartScreen);
  if (state.results.error) {
    ui.notice(error_text(*state.results.error, language, currency(state)), Tone::kError);
    if (ui.button("retry", say(common_screen_messages(), "retry", language))) intent = GoTo{kResultsScreen};
  }
  if (!state.results.tally) {
    if (state.results.loading) ui.muted(say(result_screen_messages(), "loading", language));
    return intent;
  }
  const Tally& tally = *state.results.tally;
  ui.heading(say(result_screen_messages(), "title", language, {{"process", process.title}}));
  ui.notice(say(result_screen_messages(), tally.binding ? "binding" : "advisory", language),
            tally.binding ? Tone::kSuccess : Tone::kInfo);
  ui.space(4);
  keep(intent, jump_buttons(state, ui, tally));

  for (const DistrictTally& district : tally.districts) draw_district(state, ui, tally, district);

  ui.begin_card();
  ui.paragraph(say(result_screen_messages(), "rule", language, {{"rule", rule_name(tally.rule, language)}}));
  ui.paragraph(say(result_screen_messages(), "tie_break", language,
                   {{"tie_break", tie_break_name(tally.tie_break, language)}}));
  ui.paragraph(say(result_screen_messages(), "ballots_counted", language, {{"count", tally.ballots}}));
  ui.muted(say(result_screen_messages(), "fingerprint", language));
  ui.paragraph(tally.ballots_fingerprint);
  if (!tally.ballots_file_sha256.empty()) {
    ui.muted(say(result_screen_messages(), "ballots_file", language));
    ui.paragraph(tally.ballots_file_sha256);
  }
  ui.end_card();
  return intent;
}

}  // namespace sammen::client::results
