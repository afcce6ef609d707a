// Explanation: why a proposal won or lost, said from the outcome's facts.
//
// The facts are a ProposalOutcome (verdict, votes, the place in the count,
// the money left, the proposals that used it); the words are the results
// catalog's sentence "explain.<verdict id>", so every verdict of every rule
// is said in every language. Adding a verdict is a row in the engine's
// kVerdictIds and its sentence in each language. Rules and tie-breaks are named the same way.
#pragma once

#include <string>

#include "sammen/core/catalog.h"
#include "sammen/counting/outcome.h"
#include "sammen/results/tally.h"

namespace sammen {

// The engine's own ids of its verdicts, rules and tie-breaks.
using counting::kRuleIds;
using counting::kTieBreakIds;
using counting::kVerdictIds;

// Why this proposal won or lost, in one or two sentences a resident can check.
std::string explain(const ProposalOutcome& outcome, const Process& process,
                    const Audience& audience);

// When the tie-break decided this proposal's fate: under greedy, a funded
// proposal with as many votes was counted before a proposal that then did not
// fit, and the one that did not fit would have fitted in its place. Says so
// for both of them (naming the other); empty when no tie decided.
std::string tie_break_note(const Tally& tally, const DistrictTally& district,
                           const ProposalOutcome& outcome, const Process& process,
                           const Audience& audience);

// How much of the district's budget was not spent, and why: nobody voted,
// every proposal with votes was funded, or the cheapest that did not fit
// costs more than was left. Empty when the whole budget was spent.
std::string unspent_note(const DistrictTally& district, const Process& process,
                         const Audience& audience);

// The counting rule and the tie-break described for a resident, e.g. "most
// votes first; a proposal that no longer fits the budget is skipped and the
// count goes on".
std::string rule_name(counting::Rule rule, Language language);
std::string tie_break_name(counting::TieBreak tie_break, Language language);

}  // namespace sammen
