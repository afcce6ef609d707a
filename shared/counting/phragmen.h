// Sequential Phragmén: voters earn money continuously; a project is bought as
// soon as its supporters' accumulated money (their "load") can pay for it.
//
// Each step buys the project that keeps its supporters' new load lowest; the
// rule stops at the first such project that no longer fits the budget, as in
// pabutools' sequential_phragmen. Ballots count as approval of the listed
// projects. Loads are exact rationals. Never exceeds the budget.
#pragma once

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"

namespace sammen::counting {

Outcome phragmen(const Election& election, TieBreak tie_break);

}  // namespace sammen::counting
