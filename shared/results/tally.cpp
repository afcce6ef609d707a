#include "sammen/results/tally.h"

#include <algorithm>

#include "sammen/ballots/fingerprint.h"
#include "sammen/counting/counting.h"
#include "sammen/results/engine.h"

namespace sammen {
namespace {

// How each counting rule a process may choose is run: the cost of what a
// voter chose counts (MES completes with Add1, so money is not left unspent),
// except under Phragmén, which counts approvals.
counting::CountingOptions options_for(counting::Rule rule) {
  counting::CountingOptions options;
  options.rule = rule;
  options.tie_break = counting::TieBreak::kCostThenVotes;
  options.utility = rule == counting::Rule::kPhragmen ? counting::Utility::kCardinality
                                                      : counting::Utility::kCost;
  if (rule == counting::Rule::kEqualShares) options.completion = counting::Completion::kAdd1;
  return options;
}

DistrictTally count_district(const Process& process, const DistrictBudget& budget,
                             const std::vector<Ballot>& ballots) {
  DistrictTally district{budget.district_id, budget.budget, 0, 0, {}};
  district.ballots = std::count_if(ballots.begin(), ballots.end(), [&](const Ballot& b) {
    return b.district_id == budget.district_id;
  });
  const counting::Election election = district_election(process, budget, ballots);
  read_outcome(election, counting::count(election, options_for(process.counting_rule)), district);
  // The order the count reached them; proposals without votes last, by id.
  std::stable_sort(district.proposals.begin(), district.proposals.end(),
                   [](const ProposalOutcome& a, const ProposalOutcome& b) {
                     if ((a.round == 0) != (b.round == 0)) return a.round != 0;
                     if (a.round != b.round) return a.round < b.round;
                     return a.proposal_id < b.proposal_id;
                   });
  return district;
}

}  // namespace

Tally tally(const Process& process, const std::vector<Ballot>& ballots) {
  Tally result;
  result.process_id = process.id;
  result.rule = process.counting_rule;
  result.binding = vote_is_binding(process.rung);
  result.ballots = static_cast<std::int64_t>(ballots.size());
  result.ballots_fingerprint = ballots_fingerprint(ballots);
  for (const DistrictBudget& budget : process.budgets) {
    result.districts.push_back(count_district(process, budget, ballots));
  }
  return result;
}

const ProposalOutcome* find_outcome(const Tally& tally, const std::string& proposal_id) {
  for (const DistrictTally& district : tally.districts) {
    for (const ProposalOutcome& outcome : district.proposals) {
      if (outcome.proposal_id == proposal_id) return &outcome;
    }
  }
  return nullptr;
}

}  // namespace sammen
