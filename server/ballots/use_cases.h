// The ballots use cases: submit a ballot, read one's own, list them all.
//
// A voter proves who they are with their voter code, which is checked against
// the roll by its keyed hash and never stored. Unknown codes are counted per
// address and slowed down (AttemptLog, kVoterCodePolicy). A code used on
// paper cannot vote online; a code the roll gives a district votes there.
// Ballots are accepted only while voting is open, and checked with the same
// validate() the browser runs. None of these touches HTTP.
#pragma once

#include <optional>
#include <string>

#include "ballots/store.h"
#include "core/attempt_log.h"
#include "core/auth.h"
#include "core/voting_gate.h"
#include "processes/store.h"
#include "sammen/people/actor.h"

namespace sammen::server::ballots {

// What the ballots use cases read, write and check with.
struct Stores {
  Store& ballots;
  processes::Store& processes;
  VotingGate& voting;
  const auth::VoterCodeHasher& voter_codes;
  AttemptLog& attempts;
};

// A voter code as the request carried it, the field it came in (the
// subject of problems with it) and the address it came from.
struct VoterCode {
  std::string code;
  std::string field;
  std::string address;
};

// Stores the submission's ballot for its process (201 new, 200 replaced).
// Problems: the process (kUnknownProcess), the voter code (kVoterCodeMissing,
// kVoterCodeUnknown, kTooManyAttempts, kCodeUsedOnPaper), the time
// (why_voting_is_not_open), the district (kNotYourDistrict, or
// kOutsideDistricts when the process names the districts that take part)
// and every problem of the ballot itself.
Result<BallotReceipt> submit(Stores& stores, const BallotSubmission& submission,
                             const std::string& address, UnixSeconds now);

// A ballot's problems before the voter code is asked for (the HTML path's
// first step): the process (kUnknownProcess), the time
// (why_voting_is_not_open) and every problem of the ballot itself, exactly
// as submit() would find them. Reads only.
Status review(Stores& stores, const Ballot& ballot, UnixSeconds now);

// The voter's current ballot; kNotFound when they have none.
Result<OwnBallot> mine(Stores& stores, const std::string& process_id, const VoterCode& voter_code,
                       UnixSeconds now);

// Every ballot of the process, anonymous, with their fingerprint (administrator).
Result<BallotBox> box(Stores& stores, const Actor& actor, const std::string& process_id);

}  // namespace sammen::server::ballots
