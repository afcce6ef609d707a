#include "sammen/setup/freeze.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace sammen {
namespace {

const Phase* voting_phase(const Process& process) {
  for (const Phase& phase : process.phases) {
    if (phase.kind == PhaseKind::kVoting) return &phase;
  }
  return nullptr;
}

bool same_phase(const Phase* a, const Phase* b) {
  if (a == nullptr || b == nullptr) return a == b;
  return a->starts_at == b->starts_at && a->ends_at == b->ends_at;
}

bool same_budgets(const Process& a, const Process& b) {
  std::map<std::string, Money> left, right;
  for (const DistrictBudget& budget : a.budgets) left[budget.district_id] = budget.budget;
  for (const DistrictBudget& budget : b.budgets) right[budget.district_id] = budget.budget;
  return left == right;
}

bool same_eligibility(const Eligibility& a, const Eligibility& b) {
  std::vector<std::string> left = a.district_ids, right = b.district_ids;
  std::sort(left.begin(), left.end());
  std::sort(right.begin(), right.end());
  return a.min_age == b.min_age && a.max_age == b.max_age && left == right;
}

// What of each proposal on the ballot decides the outcome, by id.
std::map<std::string, std::tuple<std::string, Money, ProposalStatus>> ballot_of(const Process& p) {
  std::map<std::string, std::tuple<std::string, Money, ProposalStatus>> out;
  for (const Proposal& proposal : p.proposals) {
    if (on_ballot(proposal))
      out[proposal.id] = {proposal.district_id, proposal.cost, proposal.status};
  }
  return out;
}

}  // namespace

bool settings_frozen(const Process& process, UnixSeconds now) {
  if (process.voting_closed || process.result_published) return true;
  const Phase* voting = voting_phase(process);
  return voting != nullptr && now >= voting->starts_at;
}

std::vector<Problem> frozen_changes(const Process& before, const Process& after, UnixSeconds now) {
  if (!settings_frozen(before, now)) return {};
  std::vector<Problem> problems;
  const auto frozen = [&](bool same, std::string_view setting) {
    if (!same) problems.push_back({ErrorCode::kFrozen, std::string(setting)});
  };
  frozen(same_budgets(before, after), kFrozenBudgets);
  frozen(before.ballot.format == after.ballot.format &&
             before.ballot.max_approvals == after.ballot.max_approvals &&
             before.ballot.min_spend_percent == after.ballot.min_spend_percent,
         kFrozenBallot);
  frozen(before.counting_rule == after.counting_rule, kFrozenCountingRule);
  frozen(before.rung == after.rung, kFrozenRung);
  frozen(same_eligibility(before.eligibility, after.eligibility), kFrozenEligibility);
  frozen(same_phase(voting_phase(before), voting_phase(after)), kFrozenVotingPhase);
  frozen(ballot_of(before) == ballot_of(after), kFrozenProposals);
  return problems;
}

Result<Process> unless_frozen(const Process& before, Process after, UnixSeconds now) {
  std::vector<Problem> problems = frozen_changes(before, after, now);
  if (!problems.empty()) return problems;
  return after;
}

std::vector<Problem> roll_frozen(const Process& process, UnixSeconds now) {
  if (!settings_frozen(process, now)) return {};
  return {{ErrorCode::kFrozen, std::string(kFrozenRoll)}};
}

}  // namespace sammen
