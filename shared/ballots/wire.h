// The wire mapping of ballots: one encoder and one reader per type.
//
// BallotSubmission, BallotReceipt, OwnBallot and BallotBox are top-level and
// carry "version". A submission's "language", when present, must be a tag
// Sammen speaks; an empty one counts as absent.
#pragma once

#include "sammen/ballots/views.h"
#include "sammen/core/json.h"

namespace sammen {

void to_json(Json& json, const Ballot& ballot);
void to_json(Json& json, const BallotSubmission& submission);
void to_json(Json& json, const BallotReceipt& receipt);  // with "status": "stored"
void to_json(Json& json, const StoredBallot& stored);    // the ballot's fields and "mark"
void to_json(Json& json, const OwnBallot& own);
void to_json(Json& json, const BallotBox& box);

void read(JsonReader& reader, Ballot& ballot);
void read(JsonReader& reader, BallotSubmission& submission);
void read(JsonReader& reader, BallotReceipt& receipt);

}  // namespace sammen
