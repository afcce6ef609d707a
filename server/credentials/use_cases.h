// The credentials use cases: the process's public keys, issuing a voter's
// one-time credential blindly, making one for a resident whose browser
// cannot (the HTML path without scripts), and checking a receipt.
//
// A process has one VOPRF key pair per district that takes part and one for
// voters the roll gives no district, all derived from one random seed kept
// in the database (keys.h). A code gets one credential, ever: issuing again
// for the same blinded element repeats the answer (a lost answer can be
// fetched again), for another one is refused. The code must be on the roll,
// not used on paper, and vote in its own district; voting must be open.
// None of these touches HTTP.
#pragma once

#include <functional>
#include <span>
#include <string>

#include "ballots/voter_check.h"
#include "core/voting_gate.h"
#include "credentials/store.h"
#include "processes/store.h"
#include "sammen/credentials/receipt.h"
#include "sammen/credentials/wire.h"

namespace sammen::server::credentials {

// Fills its argument with random bytes (libsodium's randombytes_buf).
using Random = std::function<void(std::span<unsigned char>)>;
void random_bytes(std::span<unsigned char> out);

struct Stores {
  Store& credentials;
  processes::Store& processes;
  ballots::VoterCheck voters;
  VotingGate& voting;  // issuing holds it shared, as a ballot does (marking on paper: alone)
  Random random = random_bytes;
};

// Problems: kUnknownProcess.
Result<ProcessKeys> keys(Stores& stores, const std::string& process_id);

// Problems: kUnknownProcess, why_voting_is_not_open, kCredentialMalformed
// (the blinded element), the voter code's (voter_check.h), kCodeUsedOnPaper,
// kNotYourDistrict, kCredentialAlreadyIssued.
Result<CredentialIssued> issue(Stores& stores, const std::string& process_id,
                               const CredentialRequest& request, const std::string& address,
                               UnixSeconds now);

// The credential of `voter`, made by the server itself: it picks the token
// and so knows which credential is whose while it answers. Only for a
// resident whose browser cannot blind (no scripts). kCredentialAlreadyIssued
// when the code has one.
Result<sammen::credentials::Receipt> issue_for_resident(Stores& stores, const Process& process,
                                                        const ballots::Voter& voter);

// After a credential is issued, outside any transaction: the database's
// write-ahead log forgets the order of earlier writes (Store::scrub). A
// failure loses nothing; it is told on stderr.
void scrub(Stores& stores);

// The mark of the ballot `receipt_text` may cast in `district_id`.
// Problems: kReceiptMalformed, kReceiptUnknown (a receipt no key of the
// process made, or one for another district), naming "receipt".
Result<std::string> check_receipt(Stores& stores, const Process& process,
                                  const std::string& receipt_text, const std::string& district_id);

}  // namespace sammen::server::credentials
