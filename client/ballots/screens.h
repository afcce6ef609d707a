// The screens of the ballot: the districts, the proposals with Add/Remove
// and the budget bar, the voter code and submit, and the confirmation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"

namespace sammen::client::ballots {

Intent draw_district(const AppState& state, Ui& ui);
Intent draw_ballot(const AppState& state, Ui& ui);
Intent draw_ballot_bar(const AppState& state, Ui& ui);  // the ballot screen's bottom bar
Intent draw_submit(const AppState& state, Ui& ui);
Intent draw_confirmation(const AppState& state, Ui& ui);

// The screens' titles, and the ballot's budget left (or proposals chosen).
std::string district_title(const AppState& state);
std::string ballot_title(const AppState& state);
std::string budget_status(const AppState& state);
std::string submit_title(const AppState& state);
std::string confirmation_title(const AppState& state);

// The receipt with spaces between its groups, so a narrow screen breaks a
// line between groups, never inside one (copy and save keep the dashes).
std::string receipt_in_groups(std::string_view receipt);

// Voting is open to this resident (the ballot screen has buttons and a bottom bar).
bool can_vote(const AppState& state);
// What an address needs to land on a screen: a district of the process,
// proposals chosen, a ballot the server stored for that district.
bool district_chosen(const AppState& state);
bool has_choices(const AppState& state);
bool has_receipt(const AppState& state);

// A card with `heading` (when not empty), a line per proposal of `ballot`
// with its cost, and the total.
void ballot_card(const AppState& state, Ui& ui, const Ballot& ballot, std::string_view heading);

// Proposals on the ballot of `district_id`, in the process's order.
std::vector<const Proposal*> proposals_in(const AppState& state, std::string_view district_id);

}  // namespace sammen::client::ballots
