// Knapsack: the total cost stays within the district's budget, and reaches
// the optional minimum spend.
#include <algorithm>

#include "sammen/ballots/voting_style.h"

namespace sammen {
namespace {

class KnapsackVoting final : public VotingStyle {
 public:
  BudgetBar budget_bar(const Ballot& ballot, const Process& process) const override {
    const DistrictBudget* budget = find_budget(process, ballot.district_id);
    if (budget == nullptr) {
      return {BudgetBar::Measure::kCount, static_cast<std::int64_t>(ballot.proposal_ids.size()), 0,
              0};
    }
    return {BudgetBar::Measure::kMoney, ballot_cost(ballot, process), budget->budget,
            minimum_spend(process, ballot.district_id)};
  }

 protected:
  void check_limits(const Ballot& ballot, const Process& process, const DistrictBudget* budget,
                    std::vector<Problem>& problems) const override {
    if (budget == nullptr) return;
    const Money total = ballot_cost(ballot, process);
    if (total > budget->budget) {
      problems.push_back({ErrorCode::kOverBudget, ballot.district_id, total, budget->budget});
    }
    const Money minimum = minimum_spend(process, ballot.district_id);
    if (total < minimum) {
      problems.push_back({ErrorCode::kUnderMinimumSpend, ballot.district_id, total, minimum});
    }
  }

  std::optional<Problem> limit_on_adding(const Ballot& ballot, const Process& process,
                                         const DistrictBudget& budget,
                                         const Proposal& proposal) const override {
    const Money left = budget.budget - ballot_cost(ballot, process);
    if (proposal.cost > left)
      return Problem{ErrorCode::kNotEnoughLeft, proposal.id, proposal.cost, left};
    return std::nullopt;
  }
};

}  // namespace

const VotingStyle& knapsack_voting() {
  static const KnapsackVoting style;  // stateless
  return style;
}

Money minimum_spend(const Process& process, const std::string& district_id) {
  const DistrictBudget* budget = find_budget(process, district_id);
  if (budget == nullptr || process.ballot.format != BallotFormat::kKnapsack) return 0;
  const int percent = std::clamp(process.ballot.min_spend_percent, 0, 100);
  // Round up: "at least 50 %" of an odd amount must not be met by a cent less.
  return (budget->budget * percent + 99) / 100;
}

}  // namespace sammen
