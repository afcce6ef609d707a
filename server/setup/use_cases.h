// The setup use cases: the municipality, processes, proposals, opening a vote.
//
// Each needs an administrator (require_role), checks what it is given with
// the model (sammen/setup/: every problem at once, and kFrozen for a setting
// that may no longer change), then saves it and its audit entry together.
// They run one at a time and never while a ballot is being stored
// (VotingGate::for_closing), so what the model checked is what is saved.
// None of these touches HTTP.
#pragma once

#include <string>

#include "audit/store.h"
#include "ballots/store.h"
#include "core/transactions.h"
#include "core/voting_gate.h"
#include "people/store.h"
#include "processes/store.h"
#include "rolls/store.h"
#include "sammen/setup/process_setup.h"
#include "sammen/setup/proposal_setup.h"
#include "sammen/setup/views.h"

namespace sammen::server::setup {

// What the setup use cases read, write and check with.
struct Stores {
  processes::Store& processes;
  people::Store& people;
  ballots::Store& ballots;
  rolls::Store& rolls;
  audit::Store& audit;
  Transactions& transactions;
  VotingGate& voting;
};

// Creates the municipality, or changes it (its id stays).
Result<MunicipalitySaved> set_municipality(Stores& stores, const Actor& actor,
                                           const Municipality& asked, UnixSeconds now);

// A new process (kNoMunicipality before the municipality is set up).
Result<ProcessDetail> create_process(Stores& stores, const Actor& actor,
                                     const ProcessSettings& settings, UnixSeconds now);

Result<ProcessDetail> change_process(Stores& stores, const Actor& actor,
                                     const std::string& process_id,
                                     const ProcessSettings& settings, UnixSeconds now);

Result<ProcessDetail> add_proposal(Stores& stores, const Actor& actor,
                                   const std::string& process_id, const ProposalDraft& draft,
                                   UnixSeconds now);

Result<ProcessDetail> change_proposal(Stores& stores, const Actor& actor,
                                      const std::string& process_id,
                                      const std::string& proposal_id, const ProposalDraft& draft,
                                      UnixSeconds now);

// Opens voting now (sammen/setup/opening.h), with the roll as it stands.
Result<VotingOpened> open_voting(Stores& stores, const Actor& actor,
                                 const std::string& process_id, UnixSeconds now);

}  // namespace sammen::server::setup
