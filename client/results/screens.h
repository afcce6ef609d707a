// The results screen: per district, votes per proposal as bars, funded or
// not, and the model's explanation of each outcome; then the rule, the
// tie-break and the fingerprint of the ballots, so anyone can check the count.
#pragma once

#include <string>

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"

namespace sammen::client::results {

Intent draw_results(const AppState& state, Ui& ui);
std::string results_title(const AppState& state);
// The result is published: an address may land on the results screen.
bool published(const AppState& state);

}  // namespace sammen::client::results
