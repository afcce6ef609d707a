// Ballot: one voter's choice of proposals in one district of one process.
//
// The same validate() runs in the browser (instant feedback) and on the server
// (the authority), and reports every problem, not just the first. What a
// ballot may hold beyond distinct accepted proposals of its district depends
// on the process's ballot format, whose rules are a VotingStyle
// (voting_style.h); these functions ask the process's style.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/problem.h"
#include "sammen/processes/process.h"

namespace sammen {

struct Ballot {
  std::string process_id;
  std::string district_id;
  std::vector<std::string> proposal_ids;
};

// What the budget bar under a ballot shows: money spent of the district's
// budget (knapsack), or proposals chosen of the most allowed (approval).
struct BudgetBar {
  enum class Measure { kMoney, kCount };
  Measure measure = Measure::kCount;
  std::int64_t used = 0;     // money spent, or proposals chosen
  std::int64_t limit = 0;    // the district budget, or the most approvals (0: no limit)
  std::int64_t minimum = 0;  // money that must be spent at least (0: none)
};

// Every problem with `ballot` under `process`'s rules; empty when valid.
// Does not look at time: whether voting is open is voting_open()'s question.
std::vector<Problem> validate(const Ballot& ballot, const Process& process);

// Why `proposal_id` cannot be added to `ballot` now (over budget, too many,
// already there, other district ...), or nothing when it can.
std::optional<Problem> why_cannot_add(const Ballot& ballot, const Process& process,
                                      const std::string& proposal_id);

BudgetBar budget_bar(const Ballot& ballot, const Process& process);

// Total cost of the ballot's known proposals, each counted once.
Money ballot_cost(const Ballot& ballot, const Process& process);

// The smallest total a knapsack ballot must reach in this district (0 when no minimum).
Money minimum_spend(const Process& process, const std::string& district_id);

}  // namespace sammen
