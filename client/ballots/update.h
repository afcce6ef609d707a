// How the ballot part of AppState changes: choosing a district, adding and
// removing proposals (the model has the last word on what may be added),
// and submitting with the voter code.
#pragma once

#include <string>

#include "app_state.h"
#include "ballots/intents.h"
#include "intent.h"
#include "outbox.h"

namespace sammen::client::ballots {

// A new process is shown: a new, empty ballot for it.
void begin(AppState& state, const std::string& process_id);

void apply(AppState& state, const ChooseDistrict& intent, Outbox& outbox);
void apply(AppState& state, const AddProposal& intent, Outbox& outbox);
void apply(AppState& state, const RemoveProposal& intent, Outbox& outbox);
// Checks the ballot and the code here first; sends only what may be stored.
void apply(AppState& state, const Submit& intent, Outbox& outbox);

// Reads the HTML voter-code field of the submit screen: an error about the
// code belongs to the code that was sent, so editing it clears the error;
// Enter submits.
Intent poll_voter_code(AppState& state);

}  // namespace sammen::client::ballots
