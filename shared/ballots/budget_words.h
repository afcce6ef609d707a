// Budget words: what the budget bar says about the money left, the same on
// the canvas and on the HTML page. Never a negative amount: choices that cost
// more than the budget are said to be over it by so much.
#pragma once

#include <string>

#include "sammen/ballots/ballot.h"
#include "sammen/core/catalog.h"

namespace sammen {

// "Left: 170 000 kr", or "Over the budget by 300 000 kr" when `bar` (money)
// is past its limit.
std::string money_left_sentence(const BudgetBar& bar, const Audience& audience);

}  // namespace sammen
