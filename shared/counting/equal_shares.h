// Method of Equal Shares (MES): every voter holds an equal share of the budget.
//
// A project is bought when its supporters can pay for it between them, the
// one needing the lowest price per unit of satisfaction first; supporters pay
// equal shares, or all they have left if that is less. Arithmetic is exact
// (no floating point decides anything), so outcomes match pabutools'
// method_of_equal_shares with Fraction arithmetic. Never exceeds the budget.
#pragma once

#include <cstdint>
#include <functional>

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"

namespace sammen::counting {

// Called once per Add1 step: `step` counts raises so far.
using CompletionProgress = std::function<void(std::int64_t step)>;

// Satisfaction is read as in pabutools' Cost_Sat / Cardinality_Sat (a voter
// supports each project listed on the ballot; ranks do not weigh) and
// Additive_Cardinal_Sat for Utility::kPoints (the points a voter gave; only
// positive points make a supporter, who then pays the price per point times
// their points). Under cost utility a project that costs nothing adds no
// satisfaction and is left out (Verdict::kNoValue), as in pabutools; under
// the others it is funded first. Completion::kAdd1 raises every voter's budget
// by one whole currency unit (10^money_decimals) until the outcome is
// exhaustive, keeping the last feasible one; kAdd1Utilitarian then fills what
// money is left greedily.
Outcome equal_shares(const Election& election, Utility utility, Completion completion,
                     TieBreak tie_break, bool fund_unsupported = false,
                     const CompletionProgress& progress = {});

}  // namespace sammen::counting
