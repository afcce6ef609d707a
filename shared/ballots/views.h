// Views: what the API takes and shows of ballots.
//
// Plain values without JSON (their wire mapping is in wire.h). A voter sends
// a BallotSubmission and gets a BallotReceipt; the voter reads back their
// OwnBallot; an administrator reads the BallotBox, every ballot anonymous,
// with the fingerprint a published result names. Voter codes never appear
// in an answer.
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
  std::string voter_code;
  Ballot ballot;
  std::optional<Language> language;
};

// The answer to a stored ballot: the ballot as stored, and whether it
// replaced the voter's earlier one.
struct BallotReceipt {
  bool replaced = false;
  Ballot ballot;
  UnixSeconds stored_at = 0;
};

// A ballot as stored: the choice and when it was (last) submitted.
struct StoredBallot {
  Ballot ballot;
  UnixSeconds submitted_at = 0;
};

// GET .../ballots/mine: the voter's current ballot.
struct OwnBallot {
  Ballot ballot;
  UnixSeconds submitted_at = 0;
};

// GET .../ballots: every stored ballot, without voters, and their fingerprint.
struct BallotBox {
  std::vector<StoredBallot> ballots;
  std::string fingerprint;
};

BallotBox ballot_box(std::vector<StoredBallot> ballots);

}  // namespace sammen
