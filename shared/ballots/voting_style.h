// VotingStyle: the rules of one ballot format, as a strategy.
//
// A style answers three questions about a ballot: its problems (validate),
// why one more proposal cannot be added, and the facts of its budget bar.
// What every format shares (the process and district must match, proposals
// must exist, stand on the ballot, belong to the district and appear once, a
// ballot is not empty) is checked here once; a style adds only its own
// limits. Approval and knapsack are the first two; a new format is a new
// style and a row in voting_style().
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/ballots/ballot.h"

namespace sammen {

class VotingStyle {
 public:
  virtual ~VotingStyle() = default;

  std::vector<Problem> validate(const Ballot& ballot, const Process& process) const;
  std::optional<Problem> why_cannot_add(const Ballot& ballot, const Process& process,
                                        const std::string& proposal_id) const;
  virtual BudgetBar budget_bar(const Ballot& ballot, const Process& process) const = 0;

 protected:
  // This format's limits on a non-empty ballot; `budget` is null for an
  // unknown district (already reported).
  virtual void check_limits(const Ballot& ballot, const Process& process,
                            const DistrictBudget* budget, std::vector<Problem>& problems) const = 0;
  // This format's limit that adding `proposal` to `ballot` would break.
  virtual std::optional<Problem> limit_on_adding(const Ballot& ballot, const Process& process,
                                                 const DistrictBudget& budget,
                                                 const Proposal& proposal) const = 0;
};

const VotingStyle& approval_voting();
const VotingStyle& knapsack_voting();

// The style of a process's ballot format.
const VotingStyle& voting_style(BallotFormat format);

// Distinct proposals on the ballot.
std::int64_t distinct_count(const Ballot& ballot);

}  // namespace sammen
