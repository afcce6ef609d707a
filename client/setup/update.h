// How the setup part of AppState changes: loading the municipality and the
// processes for the console, going to a process's screens, filling their
// forms from what the server has, checking a change with the model before
// sending it (so a frozen setting is refused here with the model's
// sentence, as the server would), sending it, and opening, closing,
// previewing and publishing a vote.
#pragma once

#include "app_state.h"
#include "intent.h"
#include "outbox.h"
#include "setup/intents.h"

namespace sammen::client::setup {

// Signed out: nothing of the last session's work stays.
void forget(AppState& state);
// To a staff screen an address (or the sign-in) names, with its process.
void follow(AppState& state, const Route& route, Outbox& outbox);

// The screens' on_enter: load what they show and fill their forms.
void enter_console(AppState& state, Outbox& outbox);
void enter_municipality(AppState& state, Outbox& outbox);
void enter_process(AppState& state, Outbox& outbox);
void enter_proposals(AppState& state, Outbox& outbox);
void enter_voting(AppState& state, Outbox& outbox);

void apply(AppState& state, const OpenProcess& intent, Outbox& outbox);
void apply(AppState& state, const ToggleLanguage& intent, Outbox& outbox);
void apply(AppState& state, const AddDistrictRow& intent, Outbox& outbox);
void apply(AppState& state, const RemoveDistrictRow& intent, Outbox& outbox);
void apply(AppState& state, const SaveMunicipality& intent, Outbox& outbox);
void apply(AppState& state, const ChooseRung& intent, Outbox& outbox);
void apply(AppState& state, const ChooseFormat& intent, Outbox& outbox);
void apply(AppState& state, const ChooseRule& intent, Outbox& outbox);
void apply(AppState& state, const ToggleEligibleDistrict& intent, Outbox& outbox);
void apply(AppState& state, const SaveProcess& intent, Outbox& outbox);
void apply(AppState& state, const EditProposal& intent, Outbox& outbox);
void apply(AppState& state, const ChooseProposalDistrict& intent, Outbox& outbox);
void apply(AppState& state, const ChooseProduction& intent, Outbox& outbox);
void apply(AppState& state, const ChooseStatus& intent, Outbox& outbox);
void apply(AppState& state, const SaveProposal& intent, Outbox& outbox);
void apply(AppState& state, const OpenVoting& intent, Outbox& outbox);
void apply(AppState& state, const CloseVoting& intent, Outbox& outbox);
void apply(AppState& state, const PreviewResult& intent, Outbox& outbox);
void apply(AppState& state, const PublishResult& intent, Outbox& outbox);
void apply(AppState& state, const ShowResult& intent, Outbox& outbox);

// The process set up, for its screens' addresses.
std::string process_of(const AppState& state);
// A process is chosen (its screens can be reached).
bool process_chosen(const AppState& state);

}  // namespace sammen::client::setup
