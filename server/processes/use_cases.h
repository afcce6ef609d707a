// The processes use cases: list the processes, show one, close its vote.
//
// Each returns its answer or the problems that kept it from one, and never
// touches HTTP: routes.cpp adapts them to the API, and tests call them directly.
#pragma once

#include <optional>
#include <string>

#include "audit/store.h"
#include "core/transactions.h"
#include "core/voting_gate.h"
#include "processes/store.h"
#include "sammen/people/actor.h"
#include "sammen/processes/views.h"

namespace sammen::server::processes {

// What the processes use cases read, write and check with.
struct Stores {
  Store& processes;
  VotingGate& voting;
  audit::Store& audit;
  Transactions& transactions;
};

// The municipality and every process as it stands at `now`, titles in
// `language` where the process has them in it.
Result<ProcessList> list(Stores& stores, UnixSeconds now,
                         Language language = Language::kNorwegianBokmal);

// One process with its municipality and its state at `now`; kUnknownProcess.
Result<ProcessDetail> detail(Stores& stores, const std::string& process_id, UnixSeconds now,
                             Language language = Language::kNorwegianBokmal);

// Closes voting (an administrator only: require_role()), recorded in the
// audit log; closing a closed vote changes nothing. Waits for ballots being
// stored to be stored.
Result<VotingClosed> close_voting(Stores& stores, const Actor& actor,
                                  const std::string& process_id, UnixSeconds now);

}  // namespace sammen::server::processes
