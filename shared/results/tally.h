// Tally: the platform's count of one process, ready to publish.
//
// Each district is counted on its own with the process's counting rule
// (greedy by votes unless the process chose another: most votes first, skip
// what no longer fits, go on; ties: lower cost, then more votes, then
// proposal id). Every proposal on the ballot gets one outcome with the facts
// of why it won or lost (explanation.h says them in words); the tally names
// its rule, its tie-break and the fingerprint of the ballots it counted.
// Spent never exceeds a district's budget.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sammen/ballots/ballot.h"
#include "sammen/counting/outcome.h"

namespace sammen {

struct ProposalOutcome {
  std::string proposal_id;
  counting::Verdict verdict = counting::Verdict::kNoSupport;
  std::int64_t votes = 0;
  std::int32_t round = 0;                 // 1-based order the count reached it; 0 = no votes
  Money money_left = 0;                   // district money left when it was reached
  std::vector<std::string> exhausted_by;  // did_not_fit: funded proposals before it
};

struct DistrictTally {
  std::string district_id;
  Money budget = 0;
  Money spent = 0;
  std::int64_t ballots = 0;
  std::vector<ProposalOutcome> proposals;  // in the order the count reached them
};

struct Tally {
  std::string process_id;
  counting::Rule rule = counting::Rule::kGreedy;
  counting::TieBreak tie_break = counting::TieBreak::kCostThenVotes;
  bool binding = true;  // false when the rung makes the vote advice only
  std::int64_t ballots = 0;
  std::string ballots_fingerprint;
  // SHA-256 (hex) of the ballots as a Pabulib file (sammen/ballots/ballot_file.h),
  // as GET .../ballots.pb gives it once published; empty for tallies from before.
  std::string ballots_file_sha256;
  std::vector<DistrictTally> districts;
};

// Counts valid `ballots` of `process`. Ballots for other processes or
// districts are a bug of the caller (the server validates before storing).
Tally tally(const Process& process, const std::vector<Ballot>& ballots);

// The outcome of `proposal_id`, or null when the tally does not name it.
const ProposalOutcome* find_outcome(const Tally& tally, const std::string& proposal_id);

}  // namespace sammen
