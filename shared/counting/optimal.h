// Utilitarian optimum: the affordable set of projects with the greatest total
// satisfaction (a 0/1 knapsack), found exactly by branch and bound.
//
// With cost utility a voter's satisfaction is the cost of the projects they
// supported that are funded; with cardinality utility, their number; with
// points utility, the points they gave them. Outcome::welfare is the total.
// When several affordable sets reach it, Outcome::unique is false and the
// tie-break chooses: projects that add nothing (nobody voted for them, or
// free under cost utility) are left out, then the set that funds the project
// first in tie-break order wins, then the next, and so on. Never exceeds the
// budget.
#pragma once

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"

namespace sammen::counting {

Outcome optimal(const Election& election, Utility utility, TieBreak tie_break);

}  // namespace sammen::counting
