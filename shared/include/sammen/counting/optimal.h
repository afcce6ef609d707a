// Utilitarian optimum: the affordable set of projects with the greatest total
// satisfaction (a 0/1 knapsack), found exactly by branch and bound.
//
// With cost utility a voter's satisfaction is the cost of the projects they
// supported that are funded; with cardinality utility, their number. Among
// sets of equal welfare the one met first in tie-break order wins. Projects
// nobody voted for are never part of the optimum. Never exceeds the budget.
#pragma once

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"

namespace sammen::counting {

Outcome optimal(const Election& election, Utility utility, TieBreak tie_break);

}  // namespace sammen::counting
