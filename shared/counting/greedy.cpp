#include "sammen/counting/greedy.h"

#include <algorithm>
#include <numeric>

#include "support.h"

namespace sammen::counting {
namespace {

// Satisfaction per cost as an exact fraction num/den; den == 0 means infinite.
struct Density {
  __int128 num = 0;
  __int128 den = 1;
};

// pabutools' satisfaction_density: total satisfaction / cost; a free project
// with some satisfaction comes first, one with none (nobody voted for it, or
// free under cost utility) last, with the unsupported.
Density density(const Election& election, const Support& support, std::size_t p, Utility utility) {
  const Money cost = election.projects[p].cost;
  const __int128 total = total_satisfaction(election, support, p, utility);
  if (support.votes[p] == 0 || total <= 0) return {0, 1};
  if (cost <= 0) return {1, 0};
  return {total, cost};
}

bool denser(const Density& a, const Density& b) {
  if (a.den == 0 || b.den == 0) return a.den == 0 && b.den != 0;
  // Totals stay below 2^96 (votes * cost) and costs below 2^62: compare as
  // quotient and remainder so the products never overflow.
  const __int128 qa = a.num / a.den;
  const __int128 qb = b.num / b.den;
  if (qa != qb) return qa > qb;
  return (a.num % a.den) * b.den > (b.num % b.den) * a.den;
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
