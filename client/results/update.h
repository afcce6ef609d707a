// How the results part of AppState changes: opening the published result.
#pragma once

#include "app_state.h"
#include "outbox.h"
#include "results/intents.h"

namespace sammen::client::results {

// Shows the results screen, fetching the result once.
void apply(AppState& state, const OpenResult& intent, Outbox& outbox);

}  // namespace sammen::client::results
