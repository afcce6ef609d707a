// The wire mapping of results: one encoder and one reader per type.
//
// A Tally travels as facts only (verdicts, votes, money), which is also how
// the server stores it. A PublishedTally adds what is written for one reader:
// "rule_name", "tie_break_name", "language", each proposal's "explanation",
// and "published_at". Readers ignore those texts: they follow from the facts.
#pragma once

#include "sammen/core/json.h"
#include "sammen/results/publication.h"

namespace sammen {

void to_json(Json& json, const ProposalOutcome& outcome);
void to_json(Json& json, const DistrictTally& district);
void to_json(Json& json, const Tally& tally);
void to_json(Json& json, const PublishedTally& published);

void read(JsonReader& reader, ProposalOutcome& outcome);
void read(JsonReader& reader, DistrictTally& district);
void read(JsonReader& reader, Tally& tally);

}  // namespace sammen
