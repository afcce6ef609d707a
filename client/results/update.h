// How the results part of AppState changes: fetching the published result
// when the results screen is gone to, and jumping to a district in it.
#pragma once

#include "app_state.h"
#include "outbox.h"
#include "results/intents.h"

namespace sammen::client::results {

// The results screen's on_enter: fetches the result once (in the language of
// the moment; the explanations the client shows are its own).
void load(AppState& state, Outbox& outbox);

void apply(AppState& state, const JumpToDistrict& intent, Outbox& outbox);

}  // namespace sammen::client::results
