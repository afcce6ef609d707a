// The demo in the client: its public voter codes, asked for once.
#pragma once

#include <string>

#include "app_state.h"
#include "outbox.h"

namespace sammen::client::demo {

// Asks for the demo's codes unless they are known (a real deployment has none).
void start(AppState& state, Outbox& outbox);

// A few of the demo's voter codes ("ELV-…, ELV-…, …"); empty outside a demo.
// The server prints them all at start.
std::string code_list(const AppState& state);

}  // namespace sammen::client::demo
