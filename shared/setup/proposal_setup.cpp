#include "sammen/setup/proposal_setup.h"

#include "sammen/core/text.h"
#include "sammen/setup/checks.h"
#include "sammen/setup/freeze.h"

namespace sammen {
namespace {

std::vector<Problem> validate(const ProposalDraft& d, const Process& process) {
  std::vector<Problem> problems;
  check_text(d.title, "title", kMaxTitleChars, true, problems);
  check_text(d.summary, "summary", kMaxSummaryChars, false, problems);
  check_amount(d.cost, "cost", problems);
  if (find_budget(process, d.district_id) == nullptr)
    problems.push_back({ErrorCode::kDistrictNotInProcess, d.district_id});
  if (d.status == ProposalStatus::kSelected || d.status == ProposalStatus::kNotSelected ||
      d.status == ProposalStatus::kMerged) {
    problems.push_back({ErrorCode::kStatusSetByCount, "status"});
  }
  return problems;
}

Proposal proposal_of(std::string id, const ProposalDraft& d) {
  Proposal p = d;
  p.id = std::move(id);
  p.title = trimmed(d.title);
  return p;
}

}  // namespace

Result<Process> with_new_proposal(const Process& process, const ProposalDraft& draft,
                                  UnixSeconds now) {
  std::vector<Problem> problems;
  if (check_id(draft.id, "id", problems) && find_proposal(process, draft.id) != nullptr)
    problems.push_back({ErrorCode::kDuplicateId, draft.id});
  for (Problem& p : validate(draft, process)) problems.push_back(std::move(p));
  if (!problems.empty()) return problems;
  Process after = process;
  after.proposals.push_back(proposal_of(draft.id, draft));
  return unless_frozen(process, std::move(after), now);
}

Result<Process> with_changed_proposal(const Process& process, const std::string& proposal_id,
                                      const ProposalDraft& draft, UnixSeconds now) {
  if (find_proposal(process, proposal_id) == nullptr)
    return Problem{ErrorCode::kNoSuchProposal, proposal_id};
  std::vector<Problem> problems = validate(draft, process);
  if (!problems.empty()) return problems;
  Process after = process;
  for (Proposal& p : after.proposals) {
    if (p.id == proposal_id) p = proposal_of(proposal_id, draft);
  }
  return unless_frozen(process, std::move(after), now);
}

}  // namespace sammen
