// Approval: any number of the district's proposals, or at most max_approvals.
#include "sammen/ballots/voting_style.h"

namespace sammen {
namespace {

class ApprovalVoting final : public VotingStyle {
 public:
  BudgetBar budget_bar(const Ballot& ballot, const Process& process) const override {
    return {BudgetBar::Measure::kCount, static_cast<std::int64_t>(ballot.proposal_ids.size()),
            process.ballot.max_approvals, 0};
  }

 protected:
  void check_limits(const Ballot& ballot, const Process& process, const DistrictBudget*,
                    std::vector<Problem>& problems) const override {
    const int limit = process.ballot.max_approvals;
    const std::int64_t count = distinct_count(ballot);
    if (limit > 0 && count > limit) {
      problems.push_back({ErrorCode::kTooManyApprovals, "", count, limit});
    }
  }

  std::optional<Problem> limit_on_adding(const Ballot& ballot, const Process& process,
                                         const DistrictBudget&,
                                         const Proposal& proposal) const override {
    const int limit = process.ballot.max_approvals;
    const std::int64_t count = distinct_count(ballot);
    if (limit > 0 && count >= limit)
      return Problem{ErrorCode::kNoChoicesLeft, proposal.id, count, limit};
    return std::nullopt;
  }
};

}  // namespace

const VotingStyle& approval_voting() {
  static const ApprovalVoting style;  // stateless
  return style;
}

}  // namespace sammen
