// ProcessResult: the counted outcome of a process, ready to publish.
//
// Each district is counted on its own with greedy by votes (most votes first,
// skip what no longer fits, go on; ties: lower cost, then more votes, then
// proposal id). Every proposal on the ballot gets an outcome that says why it
// won or lost; the result names its rule, tie-break and the fingerprint of the
// ballots it was computed from. Spent never exceeds a district's budget.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/ballot.h"
#include "sammen/counting/outcome.h"
#include "sammen/language.h"

namespace sammen {

struct ProposalOutcome {
  std::string proposal_id;
  counting::Verdict verdict = counting::Verdict::kNoSupport;
  std::int64_t votes = 0;
  std::int32_t round = 0;                 // 1-based order the count reached it; 0 = no votes
  Money money_left = 0;                   // district money left when it was reached
  std::vector<std::string> exhausted_by;  // did_not_fit: funded proposals before it
};

struct DistrictOutcome {
  std::string district_id;
  Money budget = 0;
  Money spent = 0;
  std::int64_t ballots = 0;
  std::vector<ProposalOutcome> proposals;  // in the order the count reached them
};

struct ProcessResult {
  std::string process_id;
  counting::Rule rule = counting::Rule::kGreedy;
  counting::TieBreak tie_break = counting::TieBreak::kCostThenVotes;
  bool binding = true;  // false when the rung makes the vote advice only
  std::int64_t ballots = 0;
  std::string ballots_fingerprint;
  std::vector<DistrictOutcome> districts;
};

// Counts valid `ballots` of `process`. Ballots for other processes or
// districts are a bug of the caller (the server validates before storing).
ProcessResult count_process(const Process& process, const std::vector<Ballot>& ballots);

// The counting rule and the tie-break described for a resident, e.g. "most
// votes first; a proposal that no longer fits the budget is skipped and the
// count goes on".
std::string_view rule_name(counting::Rule rule, Language language);
std::string_view tie_break_name(counting::TieBreak tie_break, Language language);

// Why this proposal won or lost, in one or two sentences a resident can check.
std::string explain(const ProposalOutcome& outcome, const Process& process, Language language,
                    std::string_view currency);

}  // namespace sammen
