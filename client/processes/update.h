// How the processes part of AppState changes: loading the list and the
// process the resident came for, and choosing another.
#pragma once

#include "app_state.h"
#include "outbox.h"
#include "processes/intents.h"

namespace sammen::client::processes {

// Asks for the list; its answer loads the process the address names, or else
// the one a resident most likely came for (the first open vote, else the first).
void start(AppState& state, Outbox& outbox);
// Asks for the shown process again, for its phase now.
void refresh(AppState& state, Outbox& outbox);

void apply(AppState& state, const ChooseProcess& intent, Outbox& outbox);

}  // namespace sammen::client::processes
