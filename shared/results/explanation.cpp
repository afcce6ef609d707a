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

}  // namespace

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
