// Fingerprint: a SHA-256 digest naming exactly which ballots a result counted.
//
// The ballots are put in a canonical order first (district, then the sorted
// proposal ids), so the fingerprint depends on what was voted, not on storage
// order or voter codes. Anyone holding the anonymous ballot list can recompute
// it and check a published result against it.
#pragma once

#include <string>
#include <vector>

#include "sammen/ballots/ballot.h"

namespace sammen {

// One line per ballot, "district_id:id1,id2\n", lines sorted.
std::string canonical_ballots(const std::vector<Ballot>& ballots);

std::string ballots_fingerprint(const std::vector<Ballot>& ballots);

}  // namespace sammen
