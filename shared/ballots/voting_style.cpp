#include "sammen/ballots/voting_style.h"

#include <algorithm>
#include <set>

namespace sammen {
namespace {

// The problem with one proposal on a ballot for `district_id`, if any.
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

}  // namespace

std::int64_t distinct_count(const Ballot& ballot) {
  return static_cast<std::int64_t>(
      std::set<std::string>(ballot.proposal_ids.begin(), ballot.proposal_ids.end()).size());
}

std::vector<Problem> VotingStyle::validate(const Ballot& ballot, const Process& process) const {
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
  check_limits(ballot, process, budget, problems);
  return problems;
}

std::optional<Problem> VotingStyle::why_cannot_add(const Ballot& ballot, const Process& process,
                                                   const std::string& proposal_id) const {
  if (std::find(ballot.proposal_ids.begin(), ballot.proposal_ids.end(), proposal_id) !=
      ballot.proposal_ids.end()) {
    return Problem{ErrorCode::kDuplicateProposal, proposal_id};
  }
  const DistrictBudget* budget = find_budget(process, ballot.district_id);
  if (budget == nullptr) return Problem{ErrorCode::kUnknownDistrict, ballot.district_id};
  if (auto problem = proposal_problem(process, ballot.district_id, proposal_id)) return problem;
  return limit_on_adding(ballot, process, *budget, *find_proposal(process, proposal_id));
}

const VotingStyle& voting_style(BallotFormat format) {
  switch (format) {
    case BallotFormat::kApproval: return approval_voting();
    case BallotFormat::kKnapsack: return knapsack_voting();
  }
  return knapsack_voting();
}

std::vector<Problem> validate(const Ballot& ballot, const Process& process) {
  return voting_style(process.ballot.format).validate(ballot, process);
}

std::optional<Problem> why_cannot_add(const Ballot& ballot, const Process& process,
                                      const std::string& proposal_id) {
  return voting_style(process.ballot.format).why_cannot_add(ballot, process, proposal_id);
}

BudgetBar budget_bar(const Ballot& ballot, const Process& process) {
  return voting_style(process.ballot.format).budget_bar(ballot, process);
}

Money ballot_cost(const Ballot& ballot, const Process& process) {
  Money total = 0;
  std::set<std::string> counted;
  for (const std::string& id : ballot.proposal_ids) {
    const Proposal* proposal = find_proposal(process, id);
    if (proposal != nullptr && counted.insert(id).second) total += proposal->cost;
  }
  return total;
}

}  // namespace sammen
