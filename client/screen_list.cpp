// The screen list: one line per screen, grouped by feature.
#include "screen_list.h"

#include "ballots/screens.h"
#include "ballots/update.h"
#include "core/say.h"
#include "sammen/core/screen_messages.h"
#include "processes/screens.h"
#include "processes/update.h"
#include "results/screens.h"

namespace sammen::client {
namespace {

const ScreenEntry kScreens[] = {
    {processes::kLoadingScreen, processes::draw_loading},
    {processes::kStartScreen, processes::draw_start, nullptr, processes::refresh},
    {ballots::kDistrictScreen, ballots::draw_district},
    {ballots::kBallotScreen, ballots::draw_ballot, ballots::draw_ballot_bar},
    {ballots::kSubmitScreen, ballots::draw_submit, nullptr, nullptr, ballots::poll_voter_code},
    {ballots::kConfirmationScreen, ballots::draw_confirmation},
    {results::kResultsScreen, results::draw_results},
};

}  // namespace

Intent back_button(const AppState& state, Ui& ui, ScreenId to) {
  if (ui.button("back", say(common_screen_messages(), "back", state.language), ButtonStyle::kSecondary, 0.0f)) {
    return GoTo{to};
  }
  return {};
}

const ScreenEntry& screen_entry(ScreenId id) {
  for (const ScreenEntry& entry : kScreens) {
    if (entry.id == id) return entry;
  }
  return kScreens[0];
}

}  // namespace sammen::client
