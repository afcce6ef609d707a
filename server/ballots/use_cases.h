// The ballots use cases: submit a ballot, read one's own, list them all.
//
// A ballot is cast with a one-time credential (credentials feature), as the
// receipt the resident keeps; the server checks it with the process's key
// and stores the ballot under the receipt's mark, never beside a voter code
// or a time. The same receipt replaces its ballot until voting closes. A
// submission with a voter code instead has the server make the credential
// on the resident's behalf (for browsers that cannot, such as the HTML path
// without scripts): the code is checked against the roll (voter_check.h),
// may not have been used on paper or for a credential already, votes in its
// own district, and the answer carries the new receipt. Ballots are
// accepted only while voting is open, and checked with the same validate()
// the browser runs. None of these touches HTTP.
#pragma once

#include <optional>
#include <string>

#include "ballots/store.h"
#include "ballots/voter_check.h"
#include "core/transactions.h"
#include "core/voting_gate.h"
#include "credentials/use_cases.h"
#include "processes/store.h"
#include "sammen/people/actor.h"

namespace sammen::server::ballots {

// What the ballots use cases read, write and check with.
struct Stores {
  Store& ballots;
  processes::Store& processes;
  VotingGate& voting;
  credentials::Stores& credentials;
  Transactions& transactions;
};

// Stores the submission's ballot for its process (201 new, 200 replaced).
// Problems: the process (kUnknownProcess), the receipt (kReceiptMalformed,
// kReceiptUnknown) or, without one, the voter code (kVoterCodeMissing,
// kVoterCodeUnknown, kTooManyAttempts, kCodeUsedOnPaper,
// kCredentialAlreadyIssued, kNotYourDistrict), the time
// (why_voting_is_not_open), the district (kOutsideDistricts when the
// process names the districts that take part) and every problem of the
// ballot itself.
Result<BallotReceipt> submit(Stores& stores, const BallotSubmission& submission,
                             const std::string& address, UnixSeconds now);

// A ballot's problems before the voter code is asked for (the HTML path's
// first step): the process (kUnknownProcess), the time
// (why_voting_is_not_open) and every problem of the ballot itself, exactly
// as submit() would find them. Reads only.
Status review(Stores& stores, const Ballot& ballot, UnixSeconds now);

// The ballot of a receipt; kNotFound when it has none.
Result<OwnBallot> mine(Stores& stores, const std::string& process_id, const std::string& receipt);

// Every ballot of the process, anonymous, with their fingerprint (administrator).
Result<BallotBox> box(Stores& stores, const Actor& actor, const std::string& process_id);

}  // namespace sammen::server::ballots
