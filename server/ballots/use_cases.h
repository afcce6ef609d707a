// The ballots use cases: submit a ballot, read one's own, list them all.
//
// A voter proves who they are with their voter code, which is checked against
// the roll by its keyed hash and never stored. Until a code is proven, a
// known and an unknown code get the same answer: a ballot's own problems
// are said before its code is looked at, and asking for one's ballot says
// "no ballot for this code" alike for an unknown code and a known one
// without a ballot. Every attempt that proves nothing is counted per
// address and slowed down (AttemptLog, kVoterCodePolicy with its global
// budget). A code used on paper cannot vote online; a code the roll gives a
// district votes there. Ballots are accepted only while voting is open,
// checked with the same validate() the browser runs, and stored through the
// Committer (group commit: the receipt comes once the ballot is on disk).
// None of these touches HTTP.
#pragma once

#include <optional>
#include <string>

#include "ballots/committer.h"
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
  Committer& committer;  // stores submitted ballots in ballots, grouped
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
// Problems, in this order: the process (kUnknownProcess), a missing code
// (kVoterCodeMissing), the time (why_voting_is_not_open), the ballot's
// district and choices (kOutsideDistricts when the process names the
// districts that take part; every problem of the ballot itself), then the
// voter code (kTooManyAttempts, kVoterCodeUnknown), then what only a proven
// code may hear (kCodeUsedOnPaper, kNotYourDistrict); kStorageFailed when
// its group's commit failed.
Result<BallotReceipt> submit(Stores& stores, const BallotSubmission& submission,
                             const std::string& address, UnixSeconds now);

// A ballot's problems before the voter code is asked for (the HTML path's
// first step): the process (kUnknownProcess), the time
// (why_voting_is_not_open) and every problem of the ballot itself, exactly
// as submit() would find them. Reads only.
Status review(Stores& stores, const Ballot& ballot, UnixSeconds now);

// The voter's current ballot; kNoBallotForCode when the code has none,
// whether or not it is on the roll (counted as a failed attempt either way);
// kVoterCodeMissing, kTooManyAttempts.
Result<OwnBallot> mine(Stores& stores, const std::string& process_id, const VoterCode& voter_code,
                       UnixSeconds now);

// Every ballot of the process, anonymous, with their fingerprint (administrator).
Result<BallotBox> box(Stores& stores, const Actor& actor, const std::string& process_id);

}  // namespace sammen::server::ballots
