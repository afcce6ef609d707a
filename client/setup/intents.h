// What an administrator may ask for while setting up the municipality and a process.
#pragma once

#include <string>

#include "core/intents.h"
#include "sammen/processes/process.h"

namespace sammen::client::setup {

// Go to a process's screen (`process_id` empty: a new process's settings).
struct OpenProcess {
  std::string process_id;
  ScreenId screen;
};

struct ToggleLanguage {
  Language language;
};
struct AddDistrictRow {};
struct RemoveDistrictRow {
  int row = 0;
};
struct SaveMunicipality {};

struct ChooseRung {
  Rung rung;
};
struct ChooseFormat {
  BallotFormat format;
};
struct ChooseRule {
  counting::Rule rule;
};
struct ToggleEligibleDistrict {
  std::string district_id;
};
struct SaveProcess {};

// Edit a proposal in the form (`proposal_id` empty: a new one).
struct EditProposal {
  std::string proposal_id;
};
struct ChooseProposalDistrict {
  std::string district_id;
};
struct ChooseProduction {
  ProductionForm production;
};
struct ChooseStatus {
  ProposalStatus status;
};
struct SaveProposal {};

// Voting: open it now, close it, count it for a preview, publish the result.
struct OpenVoting {};
struct CloseVoting {};
struct PreviewResult {};
struct PublishResult {};
// The published result, as residents see it.
struct ShowResult {};

}  // namespace sammen::client::setup
