// The bridge to the counting engine: the only place the platform builds an
// Election or reads an Outcome, so that a change of the engine's data layout
// is a change here only.
#pragma once

#include <vector>

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"
#include "sammen/results/tally.h"

namespace sammen {

// The election of one district: its budget, the proposals on its ballot (in
// process order) as projects, and the ballots cast in it as approvals.
counting::Election district_election(const Process& process, const DistrictBudget& budget,
                                     const std::vector<Ballot>& ballots);

// The outcome of each project of `election`, by proposal id, into `district`.
void read_outcome(const counting::Election& election, const counting::Outcome& outcome,
                  DistrictTally& district);

}  // namespace sammen
