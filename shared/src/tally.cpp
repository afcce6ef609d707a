#include "sammen/tally.h"

#include <algorithm>
#include <map>

#include "sammen/counting/greedy.h"
#include "sammen/fingerprint.h"

namespace sammen {
namespace {

DistrictOutcome count_district(const Process& process, const DistrictBudget& budget,
                               const std::vector<Ballot>& ballots) {
  counting::Election election;
  election.budget = budget.budget;
  std::map<std::string, std::int32_t> index;
  for (const Proposal& p : process.proposals) {
    if (p.district_id != budget.district_id || !on_ballot(p)) continue;
    index[p.id] = static_cast<std::int32_t>(election.projects.size());
    election.projects.push_back({p.id, p.title, p.cost});
  }
  DistrictOutcome district{budget.district_id, budget.budget, 0, 0, {}};
  for (const Ballot& ballot : ballots) {
    if (ballot.district_id != budget.district_id) continue;
    ++district.ballots;
    counting::ElectionBallot counted;
    for (const std::string& id : ballot.proposal_ids) {
      auto it = index.find(id);
      if (it != index.end()) counted.projects.push_back(it->second);
    }
    election.ballots.push_back(std::move(counted));
  }

  const counting::Outcome outcome =
      counting::greedy(election, counting::Utility::kCost, counting::TieBreak::kCostThenVotes);
  district.spent = outcome.cost;
  for (const counting::ProjectExplanation& e : outcome.explanation) {
    ProposalOutcome p{election.projects[e.project].id, e.verdict, e.votes, e.round, e.money_left, {}};
    for (std::int32_t funded : e.exhausted_by) p.exhausted_by.push_back(election.projects[funded].id);
    district.proposals.push_back(std::move(p));
  }
  // The order the count reached them; proposals without votes last, by id.
  std::stable_sort(district.proposals.begin(), district.proposals.end(),
                   [](const ProposalOutcome& a, const ProposalOutcome& b) {
                     if ((a.round == 0) != (b.round == 0)) return a.round != 0;
                     if (a.round != b.round) return a.round < b.round;
                     return a.proposal_id < b.proposal_id;
                   });
  return district;
}

// "A", "A and B", "A, B and C", "A, B, C and 4 more".
std::string list_titles(const std::vector<std::string>& ids, const Process& process, Language l) {
  std::vector<std::string> names;
  for (const std::string& id : ids) {
    const Proposal* p = find_proposal(process, id);
    names.push_back("«" + (p ? p->title : id) + "»");
  }
  const std::string_view and_word = pick(l, " og ", " og ", " and ");
  constexpr std::size_t kShown = 3;
  if (names.size() > kShown) {
    const std::size_t more = names.size() - kShown;
    names.resize(kShown);
    names.push_back(std::to_string(more) + std::string(pick(l, " til", " mere", " more")));
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? std::string(and_word) : ", ";
    out += names[i];
  }
  return out;
}

}  // namespace

ProcessResult count_process(const Process& process, const std::vector<Ballot>& ballots) {
  ProcessResult result;
  result.process_id = process.id;
  result.binding = vote_is_binding(process.rung);
  result.ballots = static_cast<std::int64_t>(ballots.size());
  result.ballots_fingerprint = ballots_fingerprint(ballots);
  for (const DistrictBudget& budget : process.budgets) {
    result.districts.push_back(count_district(process, budget, ballots));
  }
  return result;
}

std::string explain(const ProposalOutcome& o, const Process& process, Language l,
                    std::string_view currency) {
  const Proposal* proposal = find_proposal(process, o.proposal_id);
  const Money cost = proposal ? proposal->cost : 0;
  auto money = [&](Money m) { return format_money(m, currency, l); };
  const std::string votes =
      std::to_string(o.votes) + (o.votes == 1 ? std::string(pick(l, " stemme", " stemme", " vote"))
                                              : std::string(pick(l, " stemmer", " stemmer", " votes")));
  const std::string place = std::to_string(o.round);
  using counting::Verdict;
  switch (o.verdict) {
    case Verdict::kFunded:
      return std::string(pick(l, "Vedtatt: ", "Vedtaget: ", "Funded: ")) + votes +
             std::string(pick(l, ", nummer ", ", nummer ", ", number ")) +
             place + std::string(pick(l, " i opptellingen. Det koster ", " i optællingen. Det koster ",
                                      " in the count. It costs ")) +
             money(cost) + std::string(pick(l, ", og ", ", og ", ", and ")) + money(o.money_left) +
             std::string(pick(l, " var igjen.", " var tilbage.", " was left."));
    case Verdict::kDidNotFit: {
      std::string after = o.exhausted_by.empty()
                              ? std::string(pick(l, " i budsjettet.", " i budgettet.", " in the budget."))
                              : std::string(pick(l, " etter at ", ", efter at ", " after ")) +
                                    list_titles(o.exhausted_by, process, l) +
                                    std::string(pick(l, " fikk pengene.", " fik pengene.",
                                                     " were funded."));
      return std::string(pick(l, "Fikk ikke plass: ", "Fik ikke plads: ", "Did not fit: ")) + votes +
             std::string(pick(l, ", men det koster ", ", men det koster ", ", but it costs ")) +
             money(cost) + std::string(pick(l, " og bare ", ", og kun ", " and only ")) +
             money(o.money_left) + std::string(pick(l, " var igjen", " var tilbage", " was left")) + after;
    }
    case Verdict::kNoSupport:
      return std::string(pick(l, "Ingen stemte på dette forslaget.", "Ingen stemte på dette forslag.",
                              "Nobody voted for this proposal."));
    default:
      return std::string(counting::verdict_wire_id(o.verdict));
  }
}

std::string_view rule_name(counting::Rule rule, Language l) {
  switch (rule) {
    case counting::Rule::kGreedy:
      return pick(l,
                  "flest stemmer først; et forslag som ikke lenger får plass i budsjettet, hoppes "
                  "over, og tellingen går videre",
                  "flest stemmer først; et forslag, der ikke længere kan være i budgettet, "
                  "springes over, og optællingen fortsætter",
                  "most votes first; a proposal that no longer fits the budget is skipped and the "
                  "count goes on");
    case counting::Rule::kEqualShares:
      return pick(l, "like andeler (Method of Equal Shares)",
                  "lige andele (Method of Equal Shares)", "Method of Equal Shares");
    case counting::Rule::kPhragmen:
      return pick(l, "sekvensiell Phragmén", "sekventiel Phragmén", "sequential Phragmén");
    case counting::Rule::kOptimal:
      return pick(l, "flest mulig stemmer for pengene (optimum)",
                  "flest mulige stemmer for pengene (optimum)",
                  "the most votes the budget can buy (optimum)");
  }
  return "";
}

std::string_view tie_break_name(counting::TieBreak tie_break, Language l) {
  switch (tie_break) {
    case counting::TieBreak::kCostThenVotes:
      return pick(l, "lavest kostnad først, så flest stemmer, så forslagets id",
                  "laveste pris først, så flest stemmer, så forslagets id",
                  "lower cost first, then more votes, then the proposal's id");
    case counting::TieBreak::kLexicographic:
      return pick(l, "etter forslagets id", "efter forslagets id", "by the proposal's id");
  }
  return "";
}

}  // namespace sammen
