#include "sammen/results/engine.h"

#include <map>
#include <string>

namespace sammen {

counting::Election district_election(const Process& process, const DistrictBudget& budget,
                                     const std::vector<Ballot>& ballots) {
  counting::Election election;
  election.budget = budget.budget;
  std::map<std::string, std::int32_t> index;
  for (const Proposal& p : process.proposals) {
    if (p.district_id != budget.district_id || !on_ballot(p)) continue;
    index[p.id] = static_cast<std::int32_t>(election.projects.size());
    election.projects.push_back({p.id, p.title, p.cost});
  }
  for (const Ballot& ballot : ballots) {
    if (ballot.district_id != budget.district_id) continue;
    counting::ElectionBallot counted;
    for (const std::string& id : ballot.proposal_ids) {
      auto it = index.find(id);
      if (it != index.end()) counted.projects.push_back(it->second);
    }
    election.ballots.push_back(std::move(counted));
  }
  return election;
}

void read_outcome(const counting::Election& election, const counting::Outcome& outcome,
                  DistrictTally& district) {
  district.spent = outcome.cost;
  for (const counting::ProjectExplanation& e : outcome.explanation) {
    ProposalOutcome p{
        election.projects[e.project].id, e.verdict, e.votes, e.round, e.money_left, {}};
    for (std::int32_t funded : e.exhausted_by)
      p.exhausted_by.push_back(election.projects[funded].id);
    district.proposals.push_back(std::move(p));
  }
}

}  // namespace sammen
