// Views: what the API takes and shows of ballots.
//
// Plain values without JSON (their wire mapping is in wire.h). A voter sends
// a BallotSubmission and gets a BallotReceipt; the voter reads back their
// OwnBallot; an administrator reads the BallotBox, every ballot anonymous,
// with the fingerprint a published result names. A ballot is known only by
// its mark, the public hash of its one-time credential
// (sammen/credentials/receipt.h): never by voter code, person or time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/ballots/ballot.h"
#include "sammen/core/language.h"

namespace sammen {

// What a voter sends to POST /api/v1/processes/{id}/ballots. The ballot's
// process is the one in the URL, never one in the body.
struct BallotSubmission {
  std::string receipt;     // the resident's one-time credential, as its text
  std::string voter_code;  // or, without one, the voter code: the server makes the credential
  Ballot ballot;
  std::optional<Language> language;
};

// The answer to a stored ballot: the ballot as stored, whether it replaced
// the credential's earlier one, the ballot's mark, and the receipt when the
// server made the credential (a submission with a voter code).
struct BallotReceipt {
  bool replaced = false;
  Ballot ballot;
  std::string mark;
  std::string receipt;
};

// A ballot as stored: the choice and its mark.
struct StoredBallot {
  Ballot ballot;
  std::string mark;
};

// GET .../ballots/mine: the ballot of a receipt.
struct OwnBallot {
  Ballot ballot;
  std::string mark;
};

// GET .../ballots: every stored ballot, without voters, and their fingerprint.
struct BallotBox {
  std::vector<StoredBallot> ballots;
  std::string fingerprint;
};

BallotBox ballot_box(std::vector<StoredBallot> ballots);

}  // namespace sammen
