// Ballot: one voter's choice of proposals in one district of one process.
//
// The same validate() runs in the browser (instant feedback) and on the server
// (the authority). It reports every problem, not just the first. An approval
// ballot names distinct accepted proposals of its district (at most
// max_approvals when set); a knapsack ballot also keeps its total cost within
// the district budget and at or above the optional minimum spend.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/problem.h"
#include "sammen/process.h"

namespace sammen {

struct Ballot {
  std::string process_id;
  std::string district_id;
  std::vector<std::string> proposal_ids;
};

// Every problem with `ballot` under `process`'s rules; empty when valid.
// Does not look at time: whether voting is open is voting_open()'s question.
std::vector<Problem> validate(const Ballot& ballot, const Process& process);

// Total cost of the ballot's known proposals.
Money ballot_cost(const Ballot& ballot, const Process& process);

// Why `proposal_id` cannot be added to `ballot` now (over budget, too many,
// already there, other district ...), or nothing when it can. For the live
// budget bar in the client.
std::optional<Problem> why_cannot_add(const Ballot& ballot, const Process& process,
                                      const std::string& proposal_id);

// The smallest total a knapsack ballot must reach in this district (0 when no minimum).
Money minimum_spend(const Process& process, const std::string& district_id);

}  // namespace sammen
