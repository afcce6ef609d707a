// The ballots use cases: submit a ballot, read one's own, list them all.
//
// A ballot is cast with a one-time credential (credentials feature), as the
// receipt the resident keeps; the server checks it with the process's key
// and stores the ballot under the receipt's mark, never beside a voter code
// or a time, through the Committer (group commit: the answer comes once the
// ballot is on disk). The same receipt replaces its ballot until voting
// closes. A submission with a voter code instead has the server make the
// credential on the resident's behalf (for browsers that cannot, such as the
// HTML path without scripts): the code is checked against the roll
// (voter_check.h, with its slow-down and global budget), may not have been
// used on paper or for a credential already, votes in its own district, and
// the credential and the ballot are stored in one transaction of their own;
// the answer carries the new receipt. Until a code is proven, a known and an
// unknown code get the same answer: a ballot's own problems are said before
// its code is looked at. Ballots are accepted only while voting is open, and
// checked with the same validate() the browser runs. None of these touches
// HTTP.
#pragma once

#include <optional>
#include <string>

#include "ballots/committer.h"
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
  Committer& committer;  // stores ballots cast with a receipt in ballots, grouped
  processes::Store& processes;
  VotingGate& voting;
  credentials::Stores& credentials;
  Transactions& transactions;
};

// Stores the submission's ballot for its process (201 new, 200 replaced).
// Problems, in this order: the process (kUnknownProcess), neither a receipt
// nor a code (kVoterCodeMissing), the time (why_voting_is_not_open), the
// ballot's district and choices (kOutsideDistricts when the process names
// the districts that take part; every problem of the ballot itself), then
// the receipt (kReceiptMalformed, kReceiptUnknown) or the voter code
// (kTooManyAttempts, kVoterCodeUnknown), then what only a proven code may
// hear (kCodeUsedOnPaper, kNotYourDistrict, kCredentialAlreadyIssued);
// kStorageFailed when its group's commit failed.
Result<BallotReceipt> submit(Stores& stores, const BallotSubmission& submission,
                             const std::string& address, UnixSeconds now);

// A ballot's problems before the voter code is asked for (the HTML path's
// first step): the process (kUnknownProcess), the time
// (why_voting_is_not_open) and every problem of the ballot itself, exactly
// as submit() would find them. Reads only.
Status review(Stores& stores, const Ballot& ballot, UnixSeconds now);

// The ballot of a receipt; kReceiptMalformed, kNotFound when it has none,
// kReceiptUnknown when no key of the process made it.
Result<OwnBallot> mine(Stores& stores, const std::string& process_id, const std::string& receipt);

// Every ballot of the process, anonymous, with their fingerprint (administrator).
Result<BallotBox> box(Stores& stores, const Actor& actor, const std::string& process_id);

}  // namespace sammen::server::ballots
