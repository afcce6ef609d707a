// District: choose the district to vote in; each shows its budget.

#include <string>

#include "sammen/ballots/screen_messages.h"
#include "ballots/screens.h"
#include "core/say.h"
#include "sammen/core/screen_messages.h"
#include "screen_list.h"

namespace sammen::client::ballots {

std::vector<const Proposal*> proposals_in(const AppState& state, std::string_view district_id) {
  std::vector<const Proposal*> out;
  if (!state.processes.detail) return out;
  for (const Proposal& proposal : state.processes.detail->process.proposals) {
    if (proposal.district_id == district_id && on_ballot(proposal)) out.push_back(&proposal);
  }
  return out;
}

std::string district_title(const AppState& state) {
  return say(ballot_screen_messages(), "choose_district", state.language);
}

bool district_chosen(const AppState& state) {
  return state.processes.detail && find_budget(state.processes.detail->process, state.ballots.district_id);
}

Intent draw_district(const AppState& state, Ui& ui) {
  const Language language = state.language;
  const Process& process = state.processes.detail->process;

  Intent intent = back_button(state, ui, processes::kStartScreen);
  ui.heading(say(ballot_screen_messages(), "choose_district", language));
  ui.muted(say(ballot_screen_messages(), "choose_district_intro", language));
  ui.space(4);

  for (const DistrictBudget& budget : process.budgets) {
    const auto count = static_cast<std::int64_t>(proposals_in(state, budget.district_id).size());
    const std::string line =
        say(ballot_screen_messages(), "budget", language, {{"budget", budget.budget}}, currency(state)) +
        "  ·  " + say(ballot_screen_messages(), "proposal_count", language, {{"count", count}});
    if (ui.card_button("district:" + budget.district_id, district_name(state, budget.district_id),
                       line)) {
      intent = ChooseDistrict{budget.district_id};
    }
  }
  return intent;
}

}  // namespace sammen::client::ballots
