#include "sammen/processes/proposal.h"

#include "sammen/processes/messages.h"

namespace sammen {

bool on_ballot(const Proposal& proposal) {
  return proposal.status == ProposalStatus::kAccepted ||
         proposal.status == ProposalStatus::kSelected ||
         proposal.status == ProposalStatus::kNotSelected;
}

std::string production_name(ProductionForm form, Language language) {
  return render(process_messages(), "production." + std::string(kProductionIds.id(form)), {},
                {language});
}

}  // namespace sammen
