// Credential: the client's side of the one-time voting credential.
//
// With a voter code: fetch the process's public keys, blind a fresh random
// token (crypto.getRandomValues), send the code and the blinded element,
// verify the server's proof against the published key of the resident's
// district (or of voters without one), unblind, and keep the receipt;
// then cast the ballot with the receipt and no code. With a receipt (typed,
// or kept from earlier in this tab): cast the ballot with it at once. The
// token and blind stay in the tab until the receipt is made, so a lost
// answer is asked for again with the same blinded element.
#pragma once

#include <string_view>

#include "app_state.h"
#include "outbox.h"

namespace sammen::client::ballots {

// Starts getting the credential of `voter_code`, then casts the ballot.
void fetch_credential(AppState& state, const std::string& voter_code, Outbox& outbox);
// Casts the ballot with the resident's receipt.
void send_ballot(AppState& state, Outbox& outbox);

// The pending credential and the receipt as JSON to keep across a reload
// (never the voter code), and read back.
Json kept_credential(const State& ballots);
void recall_credential(State& ballots, const Json& kept);

}  // namespace sammen::client::ballots
