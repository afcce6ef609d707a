#include "sammen/ballot.h"

#include <algorithm>
#include <set>

namespace sammen {
namespace {

// Problems with one proposal on a ballot for `district_id`, if any.
std::optional<Problem> proposal_problem(const Process& process, const std::string& district_id,
                                        const std::string& proposal_id) {
  const Proposal* proposal = find_proposal(process, proposal_id);
  if (proposal == nullptr) return Problem{ErrorCode::kUnknownProposal, proposal_id};
  if (!on_ballot(*proposal)) return Problem{ErrorCode::kProposalNotOnBallot, proposal_id};
  if (proposal->district_id != district_id) {
    return Problem{ErrorCode::kProposalInOtherDistrict, proposal_id};
  }
  return std::nullopt;
}

std::size_t distinct_count(const Ballot& ballot) {
  return std::set<std::string>(ballot.proposal_ids.begin(), ballot.proposal_ids.end()).size();
}

}  // namespace

Money ballot_cost(const Ballot& ballot, const Process& process) {
  Money total = 0;
  std::set<std::string> counted;
  for (const std::string& id : ballot.proposal_ids) {
    const Proposal* proposal = find_proposal(process, id);
    if (proposal != nullptr && counted.insert(id).second) total += proposal->cost;
  }
  return total;
}

Money minimum_spend(const Process& process, const std::string& district_id) {
  const DistrictBudget* budget = find_budget(process, district_id);
  if (budget == nullptr || process.ballot.format != BallotFormat::kKnapsack) return 0;
  const int percent = std::clamp(process.ballot.min_spend_percent, 0, 100);
  // Round up: "at least 50 %" of an odd amount must not be met by a cent less.
  return (budget->budget * percent + 99) / 100;
}

std::vector<Problem> validate(const Ballot& ballot, const Process& process) {
  std::vector<Problem> problems;
  if (ballot.process_id != process.id) {
    problems.push_back({ErrorCode::kUnknownProcess, ballot.process_id});
    return problems;
  }
  const DistrictBudget* budget = find_budget(process, ballot.district_id);
  if (budget == nullptr) problems.push_back({ErrorCode::kUnknownDistrict, ballot.district_id});

  std::set<std::string> seen;
  std::set<std::string> reported_twice;
  for (const std::string& id : ballot.proposal_ids) {
    if (!seen.insert(id).second) {
      if (reported_twice.insert(id).second) problems.push_back({ErrorCode::kDuplicateProposal, id});
      continue;
    }
    if (budget == nullptr) continue;  // the district problem says it all
    if (auto problem = proposal_problem(process, ballot.district_id, id)) {
      problems.push_back(*problem);
    }
  }

  if (ballot.proposal_ids.empty()) {
    problems.push_back({ErrorCode::kEmptyBallot, ""});
    return problems;
  }
  const auto count = static_cast<std::int64_t>(distinct_count(ballot));
  const BallotRules& rules = process.ballot;
  if (rules.format == BallotFormat::kApproval && rules.max_approvals > 0 &&
      count > rules.max_approvals) {
    problems.push_back({ErrorCode::kTooManyApprovals, "", count, rules.max_approvals});
  }
  if (rules.format == BallotFormat::kKnapsack && budget != nullptr) {
    const Money total = ballot_cost(ballot, process);
    if (total > budget->budget) {
      problems.push_back({ErrorCode::kOverBudget, ballot.district_id, total, budget->budget});
    }
    const Money minimum = minimum_spend(process, ballot.district_id);
    if (total < minimum) {
      problems.push_back({ErrorCode::kUnderMinimumSpend, ballot.district_id, total, minimum});
    }
  }
  return problems;
}

std::optional<Problem> why_cannot_add(const Ballot& ballot, const Process& process,
                                      const std::string& proposal_id) {
  if (std::find(ballot.proposal_ids.begin(), ballot.proposal_ids.end(), proposal_id) !=
      ballot.proposal_ids.end()) {
    return Problem{ErrorCode::kDuplicateProposal, proposal_id};
  }
  const DistrictBudget* budget = find_budget(process, ballot.district_id);
  if (budget == nullptr) return Problem{ErrorCode::kUnknownDistrict, ballot.district_id};
  if (auto problem = proposal_problem(process, ballot.district_id, proposal_id)) return problem;

  const BallotRules& rules = process.ballot;
  const auto count = static_cast<std::int64_t>(distinct_count(ballot)) + 1;
  if (rules.format == BallotFormat::kApproval && rules.max_approvals > 0 &&
      count > rules.max_approvals) {
    return Problem{ErrorCode::kTooManyApprovals, proposal_id, count, rules.max_approvals};
  }
  if (rules.format == BallotFormat::kKnapsack) {
    const Money total = ballot_cost(ballot, process) + find_proposal(process, proposal_id)->cost;
    if (total > budget->budget) {
      return Problem{ErrorCode::kOverBudget, proposal_id, total, budget->budget};
    }
  }
  return std::nullopt;
}

}  // namespace sammen
