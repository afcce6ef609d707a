// How the ballot part of AppState changes: choosing a district, adding and
// removing proposals (the model has the last word on what may be added),
// and submitting with the voter code.
#pragma once

#include <string>
#include <string_view>

#include "app_state.h"
#include "ballots/intents.h"
#include "intent.h"
#include "outbox.h"

namespace sammen::client::ballots {

// A new process is shown: a new, empty ballot for it, or the one `kept`
// (kept() before a reload of the page) when that was for this process,
// with the receipt and a credential being fetched.
void begin(AppState& state, const std::string& process_id, std::string_view kept);
// The ballot being built, the last answer and the credential, as text to
// keep across a reload (never the voter code).
std::string kept(const AppState& state);
// Votes in `district_id` from now on: a new, empty ballot when it is another district.
void choose_district(AppState& state, const std::string& district_id);

void apply(AppState& state, const ChooseDistrict& intent, Outbox& outbox);
void apply(AppState& state, const AddProposal& intent, Outbox& outbox);
void apply(AppState& state, const RemoveProposal& intent, Outbox& outbox);
// Checks the ballot and the code here first; sends only what may be stored:
// with a receipt (typed, or the one this tab has), the ballot at once; with
// a voter code, first the credential (credential.h).
void apply(AppState& state, const Submit& intent, Outbox& outbox);
// What the server said of a ballot sent: the confirmation, or the error.
void ballot_stored(AppState& state, const platform::HttpResponse& answer, Outbox& outbox);

// Reads the HTML voter-code field of the submit screen: an error about the
// code belongs to the code that was sent, so editing it clears the error;
// Enter submits.
Intent poll_voter_code(AppState& state);

}  // namespace sammen::client::ballots
