#include "sammen/setup/opening.h"

#include <algorithm>

namespace sammen {
namespace {

bool something_on_ballot(const Process& p) {
  return std::any_of(p.proposals.begin(), p.proposals.end(), [&](const Proposal& proposal) {
    return on_ballot(proposal) && find_budget(p, proposal.district_id) != nullptr;
  });
}

}  // namespace

Result<Process> opened(const Process& process, const RollState& roll, UnixSeconds now) {
  if (!rung_allows(process.rung, Action::kVote))
    return Problem{ErrorCode::kRungForbids, std::string(kRungIds.id(process.rung))};
  if (process.voting_closed || process.result_published)
    return Problem{ErrorCode::kVotingClosed, process.id};
  if (voting_open(process, now)) return process;
  const auto voting = std::find_if(process.phases.begin(), process.phases.end(),
                                   [](const Phase& p) { return p.kind == PhaseKind::kVoting; });
  std::vector<Problem> problems;
  if (voting == process.phases.end() || voting->ends_at <= now)
    problems.push_back({ErrorCode::kNoVotingPhase, "phases"});
  if (!something_on_ballot(process)) problems.push_back({ErrorCode::kNothingOnBallot, "proposals"});
  if (roll.voters == 0) problems.push_back({ErrorCode::kRollMissing, "roll"});
  if (roll.voters > 0 && !roll.fits) problems.push_back({ErrorCode::kRollStale, "roll"});
  if (!problems.empty()) return problems;

  Process after = process;
  const auto at = static_cast<std::size_t>(voting - process.phases.begin());
  // Earlier phases end by `now` at the latest, each before the next starts.
  UnixSeconds bound = now;
  for (std::size_t i = at; i-- > 0;) {
    Phase& earlier = after.phases[i];
    earlier.ends_at = std::min(earlier.ends_at, bound);
    earlier.starts_at = std::min(earlier.starts_at, earlier.ends_at - 1);
    bound = earlier.starts_at;
  }
  after.phases[at].starts_at = now;
  return after;
}

}  // namespace sammen
