#include "sammen/ballots/ballot_file.h"

#include <map>

#include "sammen/counting/pabulib.h"

namespace sammen {

std::string ballots_pabulib(const Process& process, const std::string& municipality,
                            const std::vector<StoredBallot>& ballots) {
  counting::PabulibInstance file;
  counting::Election& election = file.election;
  election.money_decimals = 2;  // øre
  for (const DistrictBudget& b : process.budgets) election.budget += b.budget;
  std::map<std::string, std::int32_t> index;
  file.project_columns = {"project_id", "cost", "name", "district"};
  for (const Proposal& p : process.proposals) {
    if (!on_ballot(p)) continue;
    index[p.id] = static_cast<std::int32_t>(election.projects.size());
    election.projects.push_back({p.id, p.title, p.cost});
    file.project_fields.push_back({"", "", "", p.district_id});
  }
  file.vote_columns = {"voter_id", "vote", "district"};
  for (const StoredBallot& stored : ballots) {
    counting::ElectionBallot counted;
    for (const std::string& id : stored.ballot.proposal_ids) {
      const auto it = index.find(id);
      if (it != index.end()) counted.projects.push_back(it->second);
    }
    election.ballots.push_back(std::move(counted));
    file.voter_ids.push_back(stored.mark);
    file.voter_fields.push_back({stored.ballot.district_id});
  }
  file.meta = {{"description", process.title},
               {"country", ""},
               {"unit", municipality},
               {"instance", process.id},
               {"rule", "greedy"},
               {"comment",
                "voter_id is the public mark of each ballot's one-time credential; "
                "count each district on its own lines"}};
  return counting::write_pabulib(file);
}

}  // namespace sammen
