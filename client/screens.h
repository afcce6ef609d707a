// The client's screens, one file each. A screen draws from AppState through
// Ui and returns what the resident asked for; it never changes state itself.
//
//   top_bar.cpp              brand and language choice, on every screen
//   screen_start.cpp         loading, the process, its rung and phase
//   screen_district.cpp      the districts and their budgets
//   screen_ballot.cpp        proposals with Add/Remove, and the budget bar
//   screen_submit.cpp        the ballot summary, voter code and submit
//   screen_confirmation.cpp  stored, or replaced an earlier ballot
//   screen_results.cpp       the published result with its explanations
#pragma once

#include <string>
#include <string_view>

#include "app_state.h"
#include "intent.h"
#include "ui.h"

namespace sammen::client {

// The sentence of an error's first problem, rendered now in `language` (so it
// follows a change of language); the server's own words for a code this
// build does not know; ours when no answer came.
std::string error_text(const ServerError& error, Language language, std::string_view currency);

// A few of the demo's voter codes ("ELV-…, ELV-…, …"); empty when the server
// has no demo. The server prints them all at start.
std::string demo_code_list(const AppState& state);

Intent draw_top_bar(const AppState& state, Ui& ui);
Intent draw_loading(const AppState& state, Ui& ui);
Intent draw_start(const AppState& state, Ui& ui);
Intent draw_district(const AppState& state, Ui& ui);
Intent draw_ballot(const AppState& state, Ui& ui);
Intent draw_ballot_bar(const AppState& state, Ui& ui);  // the bottom bar of the ballot screen
Intent draw_submit(const AppState& state, Ui& ui);
Intent draw_confirmation(const AppState& state, Ui& ui);
Intent draw_results(const AppState& state, Ui& ui);

}  // namespace sammen::client
