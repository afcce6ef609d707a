// The rolls use cases: import a process's voter roll, read its counts, and
// mark a code used on paper (an administrator, each).
//
// An import reads the whole file with the model (sammen/rolls/roll.h): any
// bad line and nothing is imported. The eligible people (selection.h) get
// a new code each; the codes' keyed hashes replace the process's roll and
// the codes themselves exist only in the answer's letters. Once voting has
// opened the roll is frozen. A code marked used on paper cannot vote online;
// a code that has its online credential cannot be marked. None of these
// touches HTTP.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "audit/store.h"
#include "ballots/store.h"
#include "core/auth.h"
#include "core/transactions.h"
#include "core/voting_gate.h"
#include "credentials/store.h"
#include "processes/store.h"
#include "rolls/store.h"
#include "sammen/rolls/roll.h"

namespace sammen::server::rolls {

// What the rolls use cases read, write and check with.
struct Stores {
  processes::Store& processes;
  ballots::Store& ballots;
  credentials::Store& credentials;
  Store& rolls;
  audit::Store& audit;
  Transactions& transactions;
  VotingGate& voting;
  const auth::VoterCodeHasher& voter_codes;
};

// A uniformly random number below its argument (libsodium's in the server).
using Uniform = std::function<std::uint32_t(std::uint32_t)>;

Result<RollImported> import_roll(Stores& stores, const Actor& actor, const std::string& process_id,
                                 std::string_view file, UnixSeconds now, const Uniform& uniform,
                                 const RollLimits& limits = {});

// kNotFound ("roll") before a first import.
Result<RollSummary> roll_summary(Stores& stores, const Actor& actor,
                                 const std::string& process_id);

Result<PaperMarked> mark_used_on_paper(Stores& stores, const Actor& actor,
                                       const std::string& process_id, const PaperMark& mark,
                                       UnixSeconds now);

}  // namespace sammen::server::rolls
