// Greedy utilitarian counting: fund in order of satisfaction per cost.
//
// With cost utility the order is "most votes (total points) first"; with
// cardinality utility "most votes per unit of cost first". A project that no
// longer fits is skipped and the count goes on. Equal candidates are ordered by
// the tie-break. The result never exceeds the budget.
#pragma once

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"

namespace sammen::counting {

// Projects nobody voted for are left unfunded (Verdict::kNoSupport).
Outcome greedy(const Election& election, Utility utility, TieBreak tie_break);

// As above; with fund_unsupported, projects nobody voted for come last and are
// funded while money remains, as pabutools' greedy_utilitarian_welfare does.
Outcome greedy(const Election& election, Utility utility, TieBreak tie_break,
               bool fund_unsupported);

}  // namespace sammen::counting
