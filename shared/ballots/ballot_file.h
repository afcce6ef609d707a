// BallotFile: a process's anonymous ballots as one Pabulib (.pb) file, for
// anyone to recount and to find their own ballot in.
//
// META names the process (instance), the municipality (unit), the currency
// and the sum of the district budgets; PROJECTS lists every proposal on the
// ballot with its district; VOTES has one line per ballot: its mark (the
// public hash of the credential that cast it, as voter_id), the proposals,
// and the district. No times and nothing about voters. Lines are in the
// order the store gives (content, then mark), so the same ballots always
// give the same bytes, and so the same SHA-256, which the result shows.
// Each district is counted on its own lines (its projects and votes).
#pragma once

#include <string>
#include <vector>

#include "sammen/ballots/views.h"
#include "sammen/processes/process.h"

namespace sammen {

std::string ballots_pabulib(const Process& process, const std::string& municipality,
                            const std::vector<StoredBallot>& ballots);

}  // namespace sammen
