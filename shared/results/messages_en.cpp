// Results in English.
#include "sammen/results/messages.h"

namespace sammen {
namespace {

constexpr Message kMessages[] = {
    {"result.preview_while_open", "The result can be previewed once voting has closed."},
    {"result.not_published", "The result has not been published yet."},
    {"result.already_published", "The result has already been published."},
    {"explain.funded",
     "Funded: {votes, plural, one {# vote} other {# votes}}, number {round} in the count. "
     "It costs {cost, money}, and {left, money} was left."},
    {"explain.did_not_fit",
     "{funded_count, plural,"
     " =0 {Did not fit: {votes, plural, one {# vote} other {# votes}}, but it costs {cost, money}"
     " and only {left, money} was left in the budget.}"
     " =1 {Did not fit: {votes, plural, one {# vote} other {# votes}}, but it costs {cost, money}"
     " and only {left, money} was left after {funded, list} was funded.}"
     " other {Did not fit: {votes, plural, one {# vote} other {# votes}}, but it costs"
     " {cost, money} and only {left, money} was left after {funded, list} were funded.}}"},
    {"explain.no_support", "Nobody voted for this proposal."},
    {"explain.unaffordable",
     "Not funded: {votes, plural, one {# vote} other {# votes}}. It costs {cost, money}, and the"
     " voters who chose it did not have enough of their equal shares left to pay for it."},
    {"explain.stopped",
     "Not funded: {votes, plural, one {# vote} other {# votes}}. The count stopped before it"
     " reached this proposal."},
    {"explain.not_in_optimum",
     "Not funded: {votes, plural, one {# vote} other {# votes}}. The budget buys more votes when"
     " it is spent on other proposals."},
    {"explain.no_value",
     "Not funded: {votes, plural, one {# vote} other {# votes}}. It costs nothing, so under a rule"
     " that weighs proposals by their cost it gives nobody anything."},
    {"explain.title", "«{title}»"},
    {"explain.more", "{count} more"},
    {"rule.greedy",
     "most votes first; a proposal that no longer fits the budget is skipped and the count goes "
     "on"},
    {"rule.mes", "Method of Equal Shares"},
    {"rule.phragmen", "sequential Phragmén"},
    {"rule.optimal", "the most votes the budget can buy (optimum)"},
    {"tie_break.cost-votes", "lower cost first, then more votes, then the proposal's id"},
    {"tie_break.lexico", "by the proposal's id"},
    {"tie.lost",
     "A tie decided this: {other} also got {votes, plural, one {# vote} other {# votes}} and was"
     " counted first by the tie-break rule ({tie_break}). Had this proposal been counted first, it"
     " would have fit in the budget."},
    {"tie.won",
     "A tie decided this: {other} also got {votes, plural, one {# vote} other {# votes}}, but this"
     " proposal was counted first by the tie-break rule ({tie_break}). Had {other} been counted"
     " first, it would have fit in the budget."},
    {"unspent.no_ballots", "Nobody voted in this district, so the budget of {left, money} was not spent."},
    {"unspent.all_funded",
     "{left, money} was not spent, because every proposal that got votes was funded."},
    {"unspent.too_little",
     "{left, money} was not spent: the cheapest proposal that did not fit, {title}, costs"
     " {cost, money}, more than was left."},
};

}  // namespace

std::span<const Message> result_messages_en() {
  return kMessages;
}

}  // namespace sammen
