#include "sammen/results/explanation.h"

#include <vector>

#include "sammen/results/messages.h"

namespace sammen {
namespace {

// The titles of the proposals that used the money, quoted; past three, the
// rest are counted ("«A», «B», «C» og 4 til").
std::vector<std::string> funded_titles(const std::vector<std::string>& ids, const Process& process,
                                       const Audience& audience) {
  constexpr std::size_t kShown = 3;
  const Catalog catalog = result_messages();
  std::vector<std::string> titles;
  for (std::size_t i = 0; i < ids.size() && i < kShown; ++i) {
    const Proposal* proposal = find_proposal(process, ids[i]);
    titles.push_back(render(catalog, "explain.title",
                            {{"title", proposal ? proposal->title : ids[i]}}, audience));
  }
  if (ids.size() > kShown) {
    const auto more = static_cast<std::int64_t>(ids.size() - kShown);
    titles.push_back(render(catalog, "explain.more", {{"count", more}}, audience));
  }
  return titles;
}

std::string quoted_title(const std::string& id, const Process& process, const Audience& audience) {
  const Proposal* proposal = find_proposal(process, id);
  return render(result_messages(), "explain.title", {{"title", proposal ? proposal->title : id}},
                audience);
}

Money cost_of(const std::string& id, const Process& process) {
  const Proposal* proposal = find_proposal(process, id);
  return proposal ? proposal->cost : 0;
}

// `funded` was counted before `skipped` with as many votes, and `skipped`
// would have fitted with the money `funded` took.
bool tie_decided(const ProposalOutcome& funded, const ProposalOutcome& skipped,
                 const Process& process) {
  return funded.verdict == counting::Verdict::kFunded &&
         skipped.verdict == counting::Verdict::kDidNotFit && funded.votes > 0 &&
         funded.votes == skipped.votes && funded.round < skipped.round &&
         cost_of(skipped.proposal_id, process) <=
             skipped.money_left + cost_of(funded.proposal_id, process);
}

}  // namespace

std::string tie_break_note(const Tally& tally, const DistrictTally& district,
                           const ProposalOutcome& outcome, const Process& process,
                           const Audience& audience) {
  if (tally.rule != counting::Rule::kGreedy) return {};
  for (const ProposalOutcome& other : district.proposals) {
    const bool won = tie_decided(outcome, other, process);
    if (!won && !tie_decided(other, outcome, process)) continue;
    return render(result_messages(), won ? "tie.won" : "tie.lost",
                  {{"other", quoted_title(other.proposal_id, process, audience)},
                   {"votes", outcome.votes},
                   {"tie_break", tie_break_name(tally.tie_break, audience.language)}},
                  audience);
  }
  return {};
}

std::string unspent_note(const DistrictTally& district, const Process& process,
                         const Audience& audience) {
  const Money left = district.budget - district.spent;
  if (left <= 0) return {};
  if (district.ballots == 0)
    return render(result_messages(), "unspent.no_ballots", {{"left", left}}, audience);
  const ProposalOutcome* cheapest = nullptr;
  for (const ProposalOutcome& outcome : district.proposals) {
    if (outcome.verdict != counting::Verdict::kDidNotFit) continue;
    if (!cheapest ||
        cost_of(outcome.proposal_id, process) < cost_of(cheapest->proposal_id, process))
      cheapest = &outcome;
  }
  if (!cheapest) return render(result_messages(), "unspent.all_funded", {{"left", left}}, audience);
  return render(result_messages(), "unspent.too_little",
                {{"left", left},
                 {"title", quoted_title(cheapest->proposal_id, process, audience)},
                 {"cost", cost_of(cheapest->proposal_id, process)}},
                audience);
}

std::string explain(const ProposalOutcome& outcome, const Process& process,
                    const Audience& audience) {
  const Proposal* proposal = find_proposal(process, outcome.proposal_id);
  return render(result_messages(), "explain." + std::string(kVerdictIds.id(outcome.verdict)),
                {{"votes", outcome.votes},
                 {"round", outcome.round},
                 {"cost", proposal ? proposal->cost : 0},
                 {"left", outcome.money_left},
                 {"funded", funded_titles(outcome.exhausted_by, process, audience)},
                 {"funded_count", static_cast<std::int64_t>(outcome.exhausted_by.size())}},
                audience);
}

std::string rule_name(counting::Rule rule, Language language) {
  return render(result_messages(), "rule." + std::string(kRuleIds.id(rule)), {}, {language});
}

std::string tie_break_name(counting::TieBreak tie_break, Language language) {
  return render(result_messages(), "tie_break." + std::string(kTieBreakIds.id(tie_break)), {},
                {language});
}

}  // namespace sammen
