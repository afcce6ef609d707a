// The results use cases: publish a process's tally, and read it.
//
// Publishing (an administrator only) closes voting, counts every stored
// ballot, marks the proposals selected or not (sammen/results/publication.h)
// and stores the process, its tally and the audit entry together: all or
// nothing. A preview counts the same way once voting has closed and stores
// nothing but its audit entry. None of these touches HTTP; the answers are
// said in `language`.
#pragma once

#include <optional>
#include <string>

#include "audit/store.h"
#include "ballots/store.h"
#include "core/transactions.h"
#include "core/voting_gate.h"
#include "processes/store.h"
#include "results/store.h"
#include "sammen/people/actor.h"
#include "sammen/results/publication.h"

namespace sammen::server::results {

// What the results use cases read, write and check with.
struct Stores {
  Store& results;
  processes::Store& processes;
  ballots::Store& ballots;
  Transactions& transactions;
  VotingGate& voting;
  audit::Store& audit;
};

// Counts and publishes; kAlreadyPublished the second time. Waits for ballots
// being stored to be stored, and keeps new ones out until it is done.
Result<PublishedTally> publish(Stores& stores, const Actor& actor, const std::string& process_id,
                               UnixSeconds now, Language language);

// Counts without publishing, once voting has closed (kPreviewWhileOpen
// before): what publishing would show.
Result<PublishedTally> preview(Stores& stores, const Actor& actor, const std::string& process_id,
                               UnixSeconds now, Language language);

// The published ballots as a Pabulib file (sammen/ballots/ballot_file.h), whose
// SHA-256 the tally names; kResultNotPublished before publishing.
Result<std::string> ballot_file(Stores& stores, const std::string& process_id);

// The published tally; kResultNotPublished before publishing.
Result<PublishedTally> show(Stores& stores, const std::string& process_id, Language language);

}  // namespace sammen::server::results
