#include "sammen/results/publication.h"

namespace sammen {

Process published(Process process, const Tally& tally) {
  for (Proposal& proposal : process.proposals) {
    const ProposalOutcome* outcome = find_outcome(tally, proposal.id);
    if (outcome == nullptr || !on_ballot(proposal)) continue;
    proposal.status = outcome->verdict == counting::Verdict::kFunded ? ProposalStatus::kSelected
                                                                     : ProposalStatus::kNotSelected;
  }
  process.voting_closed = true;
  process.result_published = true;
  return process;
}

}  // namespace sammen
