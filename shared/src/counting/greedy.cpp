#include "sammen/counting/greedy.h"

#include <algorithm>
#include <numeric>

#include "support.h"

namespace sammen::counting {
namespace {

// Satisfaction per cost as an exact fraction num/den; den == 0 means infinite.
struct Density {
  std::int64_t num = 0;
  std::int64_t den = 1;
};

// pabutools' satisfaction_density for Cost_Sat / Cardinality_Sat.
Density density(const Election& election, const Support& support, std::size_t p, Utility utility) {
  const Money cost = election.projects[p].cost;
  const std::int64_t votes = support.votes[p];
  if (votes == 0) return {0, 1};
  if (utility == Utility::kCost) {
    // total satisfaction votes * cost, per unit of cost: votes. A free project
    // gives no cost satisfaction at all.
    if (cost <= 0) return {0, 1};
    return {votes, 1};
  }
  if (cost <= 0) return {1, 0};
  return {votes, cost};
}

bool denser(const Density& a, const Density& b) {
  const __int128 lhs = static_cast<__int128>(a.num) * b.den;
  const __int128 rhs = static_cast<__int128>(b.num) * a.den;
  return lhs > rhs;
}

}  // namespace

std::string list_ids(const Election& election, const std::vector<std::int32_t>& projects) {
  std::string out;
  const std::size_t shown = std::min<std::size_t>(projects.size(), 8);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += (i + 1 == projects.size()) ? " and " : ", ";
    out += election.projects[projects[i]].id;
  }
  if (projects.size() > shown) {
    out += " and " + std::to_string(projects.size() - shown) + " more";
  }
  return out;
}

void greedy_fill(const Election& election, const Support& support,
                 const std::vector<std::int32_t>& rank, Utility utility, bool fund_unsupported,
                 std::int32_t first_round, bool as_completion, Outcome& outcome) {
  const std::size_t n = election.projects.size();
  std::vector<bool> taken(n, false);
  for (const std::int32_t p : outcome.selected) taken[p] = true;

  std::vector<std::int32_t> order;
  for (std::size_t p = 0; p < n; ++p) {
    if (!taken[p]) order.push_back(static_cast<std::int32_t>(p));
  }
  std::vector<Density> key(n);
  for (const std::int32_t p : order) key[p] = density(election, support, p, utility);
  std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
    if (denser(key[a], key[b])) return true;
    if (denser(key[b], key[a])) return false;
    return rank[a] < rank[b];
  });

  const std::int32_t decimals = election.money_decimals;
  Money left = election.budget - outcome.cost;
  std::int32_t round = first_round;
  for (const std::int32_t p : order) {
    ProjectExplanation& e = outcome.explanation[p];
    const Money cost = election.projects[p].cost;
    if (support.votes[p] == 0 && !fund_unsupported) {
      e.verdict = Verdict::kNoSupport;
      e.detail = "nobody voted for it";
      continue;
    }
    e.round = ++round;
    e.money_left = left;
    if (cost <= left) {
      e.verdict = Verdict::kFunded;
      left -= cost;
      outcome.selected.push_back(p);
      outcome.cost += cost;
      e.detail = std::string(as_completion ? "funded by the greedy completion in step "
                                           : "funded in step ") +
                 std::to_string(e.round) + " with " + std::to_string(support.votes[p]) +
                 " votes; it cost " + format_money_exact(cost, decimals) + " of the " +
                 format_money_exact(e.money_left, decimals) + " left";
    } else if (support.votes[p] == 0) {
      e.verdict = Verdict::kNoSupport;
      e.detail = "nobody voted for it, and it did not fit the money left";
    } else {
      e.verdict = Verdict::kDidNotFit;
      e.exhausted_by = outcome.selected;
      e.detail = "costs " + format_money_exact(cost, decimals) + " but only " +
                 format_money_exact(left, decimals) + " was left";
      if (!outcome.selected.empty())
        e.detail += " after funding " + list_ids(election, outcome.selected);
    }
  }
}

Outcome greedy(const Election& election, Utility utility, TieBreak tie_break) {
  return greedy(election, utility, tie_break, false);
}

Outcome greedy(const Election& election, Utility utility, TieBreak tie_break,
               bool fund_unsupported) {
  const Support support = build_support(election);
  const std::vector<std::int32_t> rank = tie_break_rank(election, support, tie_break);
  Outcome outcome;
  outcome.options = {Rule::kGreedy, utility, Completion::kNone, tie_break, fund_unsupported};
  outcome.explanation = blank_explanations(election, support);
  greedy_fill(election, support, rank, utility, fund_unsupported, 0, false, outcome);
  return outcome;
}

}  // namespace sammen::counting
