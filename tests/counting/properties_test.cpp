// Properties on generated elections (seeded, small): budgets are never
// exceeded, MES outcomes are priceable (checked against an independent,
// naive MES in exact rationals written for this test), the optimum is truly
// optimal, and outcomes do not depend on the order of ballots or projects.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "sammen/counting/counting.h"

namespace sammen::counting {
namespace {

constexpr int kSeeds = 400;

// --- Exact rationals on __int128, failing loudly on overflow. ---------------

using Int = __int128;

Int gcd(Int a, Int b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    const Int t = a % b;
    a = b;
    b = t;
  }
  return a;
}

Int mul(Int a, Int b) {
  Int r;
  if (__builtin_mul_overflow(a, b, &r)) throw std::overflow_error("rational overflow in the test");
  return r;
}

struct Q {
  Int n = 0;
  Int d = 1;
  Q() = default;
  Q(Int num, Int den = 1) : n(num), d(den) {  // NOLINT
    if (d < 0) {
      n = -n;
      d = -d;
    }
    const Int g = gcd(n, d);
    if (g > 1) {
      n /= g;
      d /= g;
    }
  }
};
Q operator+(Q a, Q b) {
  return Q(mul(a.n, b.d) + mul(b.n, a.d), mul(a.d, b.d));
}
Q operator-(Q a, Q b) {
  return Q(mul(a.n, b.d) - mul(b.n, a.d), mul(a.d, b.d));
}
Q operator/(Q a, Q b) {
  return Q(mul(a.n, b.d), mul(a.d, b.n));
}
bool operator<(Q a, Q b) {
  return mul(a.n, b.d) < mul(b.n, a.d);
}
bool operator<=(Q a, Q b) {
  return !(b < a);
}
bool operator==(Q a, Q b) {
  return a.n == b.n && a.d == b.d;
}

// --- Generated elections. ----------------------------------------------------

Election random_election(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  Election e;
  const int projects = uniform(1, 8);
  std::set<std::string> ids;
  Money total = 0;
  while (static_cast<int>(e.projects.size()) < projects) {
    const std::string id = std::to_string(uniform(1, 30));  // "10" < "9": string order matters
    if (!ids.insert(id).second) continue;
    const Money cost = uniform(0, 12) == 0 ? 0 : uniform(1, 20) * 5;
    e.projects.push_back({id, "", cost});
    total += cost;
  }
  e.budget = uniform(1, static_cast<int>(std::max<Money>(total, 1)));
  const int kind = uniform(0, 2);
  e.vote_type = kind == 0   ? VoteType::kApproval
                : kind == 1 ? VoteType::kCumulative
                            : VoteType::kOrdinal;
  const int voters = uniform(0, 12);
  for (int v = 0; v < voters; ++v) {
    ElectionBallot b;
    for (int p = 0; p < projects; ++p) {
      if (uniform(0, 9) < 4) b.projects.push_back(p);
    }
    std::shuffle(b.projects.begin(), b.projects.end(), rng);
    if (e.vote_type == VoteType::kCumulative) {
      // Now and then a listed project with no points: listed, but worth nothing.
      for (std::size_t i = 0; i < b.projects.size(); ++i) b.points.push_back(uniform(0, 9) == 0 ? 0 : uniform(1, 3));
    }
    e.ballots.push_back(std::move(b));
  }
  return e;
}

constexpr Utility kUtilities[] = {Utility::kCost, Utility::kCardinality, Utility::kPoints};

std::vector<CountingOptions> every_option() {
  std::vector<CountingOptions> all;
  for (const TieBreak tie : {TieBreak::kLexicographic, TieBreak::kCostThenVotes}) {
    for (const Utility u : kUtilities) {
      all.push_back({Rule::kGreedy, u, Completion::kNone, tie, false});
      all.push_back({Rule::kGreedy, u, Completion::kNone, tie, true});
      all.push_back({Rule::kOptimal, u, Completion::kNone, tie, false});
      for (const Completion c :
           {Completion::kNone, Completion::kAdd1, Completion::kAdd1Utilitarian}) {
        all.push_back({Rule::kEqualShares, u, c, tie, false});
      }
    }
    all.push_back({Rule::kPhragmen, Utility::kCardinality, Completion::kNone, tie, false});
  }
  return all;
}

std::string describe(const CountingOptions& o) {
  return std::string(rule_wire_id(o.rule)) + "/" + std::string(utility_wire_id(o.utility)) + "/" +
         std::string(completion_wire_id(o.completion)) + "/" +
         std::string(tie_break_wire_id(o.tie_break)) + (o.fund_unsupported ? "/unsupported" : "");
}

std::vector<std::string> ids(const Election& e, const std::vector<std::int32_t>& projects) {
  std::vector<std::string> out;
  for (const std::int32_t p : projects) out.push_back(e.projects[p].id);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::int64_t> votes_of(const Election& e) {
  std::vector<std::int64_t> votes(e.projects.size(), 0);
  for (const BallotView b : e.ballots) {
    for (const std::int32_t p : b.projects) ++votes[p];
  }
  return votes;
}

// What voter v draws from project p, read afresh from the definitions: the
// cost, 1, or the points given (1 on ballots without points); 0 if unlisted.
Int satisfaction(const Election& e, std::size_t v, std::size_t p, Utility u) {
  const BallotView b = e.ballots[v];
  for (std::size_t i = 0; i < b.projects.size(); ++i) {
    if (static_cast<std::size_t>(b.projects[i]) != p) continue;
    if (u == Utility::kCost) return e.projects[p].cost;
    if (u == Utility::kCardinality) return 1;
    return b.points.empty() ? 1 : b.points[i];
  }
  return 0;
}

// Tie-break position, written afresh from the documented order.
std::vector<int> tie_position(const Election& e, TieBreak tie) {
  const std::vector<std::int64_t> votes = votes_of(e);
  std::vector<int> order(e.projects.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    if (tie == TieBreak::kCostThenVotes) {
      if (e.projects[a].cost != e.projects[b].cost) return e.projects[a].cost < e.projects[b].cost;
      if (votes[a] != votes[b]) return votes[a] > votes[b];
    }
    return e.projects[a].id < e.projects[b].id;
  });
  std::vector<int> position(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) position[order[i]] = static_cast<int>(i);
  return position;
}

// --- An independent, naive MES with its payments. ---------------------------

struct ReferenceRun {
  std::vector<std::int32_t> selected;
  Money cost = 0;
  std::vector<Q> initial;                // per voter
  std::vector<Q> left;                   // per voter, at the end
  std::vector<std::vector<Q>> payments;  // [project][voter]
};

ReferenceRun reference_mes(const Election& e, Utility utility, TieBreak tie, Q extra) {
  const std::size_t n = e.ballots.size();
  const std::size_t m = e.projects.size();
  const std::vector<int> position = tie_position(e, tie);
  // Supporters draw something from the project (pabutools: satisfaction > 0).
  std::vector<std::vector<std::pair<int, Int>>> supporters(m);
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t p = 0; p < m; ++p) {
      const Int u = satisfaction(e, v, p, utility);
      if (u > 0) supporters[p].push_back({static_cast<int>(v), u});
    }
  }
  ReferenceRun run;
  run.payments.assign(m, std::vector<Q>(n, Q(0)));
  if (n == 0) return run;
  run.initial.assign(n, Q(e.budget, static_cast<Int>(n)) + extra);
  run.left = run.initial;
  std::vector<int> free;
  std::vector<int> open;
  for (std::size_t p = 0; p < m; ++p) {
    if (supporters[p].empty()) continue;
    (e.projects[p].cost == 0 ? free : open).push_back(static_cast<int>(p));
  }
  std::sort(free.begin(), free.end(), [&](int a, int b) { return position[a] < position[b]; });
  for (const int p : free) run.selected.push_back(p);
  for (;;) {
    int best = -1;
    Q best_rho;
    for (const int p : open) {
      std::vector<std::pair<Q, Int>> budgets;  // (budget, utility)
      Q total(0);
      Int rest = 0;
      for (const auto& [v, u] : supporters[p]) {
        budgets.push_back({run.left[v], u});
        total = total + run.left[v];
        rest += u;
      }
      const Q cost(e.projects[p].cost);
      if (total < cost) continue;
      std::sort(budgets.begin(), budgets.end(), [](const auto& a, const auto& b) {
        return a.first / Q(a.second) < b.first / Q(b.second);
      });
      Q paid(0);
      Q rho;
      for (const auto& [b, u] : budgets) {
        rho = (cost - paid) / Q(rest);
        if (Q(mul(rho.n, u), rho.d) <= b) break;
        paid = paid + b;
        rest -= u;
      }
      if (best < 0 || rho < best_rho || (rho == best_rho && position[p] < position[best])) {
        best = p;
        best_rho = rho;
      }
    }
    if (best < 0) break;
    for (const auto& [v, u] : supporters[best]) {
      const Q price(mul(best_rho.n, u), best_rho.d);
      const Q pay = run.left[v] < price ? run.left[v] : price;
      run.payments[best][v] = pay;
      run.left[v] = run.left[v] - pay;
    }
    run.selected.push_back(best);
    run.cost += e.projects[best].cost;
    open.erase(std::find(open.begin(), open.end(), best));
  }
  return run;
}

// The price system behind a run: nobody pays more than they had or for what
// they did not support, each funded project is paid in full, payers of a
// project pay equal shares unless they ran out, and no unfunded project's
// supporters could still afford it together.
void expect_priceable(const Election& e, Utility utility, const ReferenceRun& run) {
  const std::size_t n = e.ballots.size();
  std::vector<bool> funded(e.projects.size(), false);
  for (const std::int32_t p : run.selected) funded[p] = true;
  for (std::size_t v = 0; v < n; ++v) {
    Q spent(0);
    for (std::size_t p = 0; p < e.projects.size(); ++p) {
      const bool supports = satisfaction(e, v, p, utility) > 0;
      if (!supports) {
        EXPECT_TRUE(run.payments[p][v] == Q(0));
      }
      spent = spent + run.payments[p][v];
    }
    EXPECT_TRUE(spent <= run.initial[v]);
  }
  for (std::size_t p = 0; p < e.projects.size(); ++p) {
    Q paid(0);
    Q top(0);
    for (std::size_t v = 0; v < n; ++v) {
      paid = paid + run.payments[p][v];
      if (top < run.payments[p][v]) top = run.payments[p][v];
    }
    if (funded[p]) {
      EXPECT_TRUE(paid == Q(e.projects[p].cost)) << "project " << e.projects[p].id;
      continue;
    }
    Q reach(0);
    bool supported = false;
    for (std::size_t v = 0; v < n; ++v) {
      if (satisfaction(e, v, p, utility) <= 0) continue;
      supported = true;
      reach = reach + run.left[v];
    }
    if (supported && e.projects[p].cost > 0) {
      EXPECT_TRUE(reach < Q(e.projects[p].cost)) << "unfunded yet affordable: " << e.projects[p].id;
    }
  }
}

// --- Properties. -------------------------------------------------------------

TEST(CountingProperties, NoRuleEverExceedsTheBudget) {
  for (int seed = 0; seed < kSeeds; ++seed) {
    const Election e = random_election(seed);
    for (const CountingOptions& o : every_option()) {
      const Outcome out = count(e, o);
      Money total = 0;
      for (const std::int32_t p : out.selected) total += e.projects[p].cost;
      ASSERT_EQ(total, out.cost) << "seed " << seed << " " << describe(o);
      ASSERT_LE(out.cost, e.budget) << "seed " << seed << " " << describe(o);
      ASSERT_EQ(out.explanation.size(), e.projects.size());
    }
  }
}

TEST(CountingProperties, EqualSharesOutcomesArePriceable) {
  for (int seed = 0; seed < kSeeds; ++seed) {
    const Election e = random_election(seed);
    for (const Utility u : kUtilities) {
      for (const TieBreak tie : {TieBreak::kLexicographic, TieBreak::kCostThenVotes}) {
        const ReferenceRun reference = reference_mes(e, u, tie, Q(0));
        const Outcome out = equal_shares(e, u, Completion::kNone, tie);
        ASSERT_EQ(out.selected, reference.selected)
            << "seed " << seed << " " << utility_wire_id(u);
        expect_priceable(e, u, reference);
      }
    }
  }
}

TEST(CountingProperties, Add1MatchesTheIteratedDefinition) {
  for (int seed = 0; seed < kSeeds; ++seed) {
    const Election e = random_election(seed);
    const Utility u = kUtilities[seed % 3];
    // Raise by 1 until exhaustive among supported, costly projects; keep the
    // last feasible outcome when a raise overspends.
    std::vector<std::int32_t> expected;
    std::int64_t steps = 0;
    for (std::int64_t t = 0;; ++t) {
      const ReferenceRun run = reference_mes(e, u, TieBreak::kLexicographic, Q(t));
      if (run.cost > e.budget) break;
      expected = run.selected;
      steps = t;
      bool exhaustive = true;
      for (std::size_t p = 0; p < e.projects.size(); ++p) {
        const bool chosen =
            std::find(run.selected.begin(), run.selected.end(), p) != run.selected.end();
        bool valued = false;
        for (std::size_t v = 0; v < e.ballots.size(); ++v) {
          valued = valued || satisfaction(e, v, p, u) > 0;
        }
        if (!chosen && valued && e.projects[p].cost > 0 &&
            run.cost + e.projects[p].cost <= e.budget) {
          exhaustive = false;
        }
      }
      if (exhaustive || e.ballots.empty()) break;
    }
    const Outcome out = equal_shares(e, u, Completion::kAdd1, TieBreak::kLexicographic);
    ASSERT_EQ(ids(e, out.selected), ids(e, expected)) << "seed " << seed << " " << utility_wire_id(u);
    ASSERT_EQ(out.completion_steps, steps) << "seed " << seed;
  }
}

TEST(CountingProperties, CompletionNeverLosesWhatEqualSharesFunded) {
  for (int seed = 0; seed < kSeeds; ++seed) {
    const Election e = random_election(seed);
    const Outcome add1 =
        equal_shares(e, Utility::kCost, Completion::kAdd1, TieBreak::kCostThenVotes);
    const Outcome add1u =
        equal_shares(e, Utility::kCost, Completion::kAdd1Utilitarian, TieBreak::kCostThenVotes);
    for (const std::int32_t p : add1.selected) {
      ASSERT_NE(std::find(add1u.selected.begin(), add1u.selected.end(), p), add1u.selected.end())
          << "seed " << seed;
    }
    ASSERT_LE(add1u.cost, e.budget);
  }
}

// Every affordable set of e's projects, as bit masks.
std::vector<std::uint32_t> affordable_sets(const Election& e) {
  std::vector<std::uint32_t> sets;
  const std::size_t m = e.projects.size();
  for (std::uint32_t mask = 0; mask < (1u << m); ++mask) {
    Money cost = 0;
    for (std::size_t p = 0; p < m; ++p) {
      if (mask & (1u << p)) cost += e.projects[p].cost;
    }
    if (cost <= e.budget) sets.push_back(mask);
  }
  return sets;
}

Int welfare_of(const Election& e, Utility u, std::uint32_t mask) {
  Int w = 0;
  for (std::size_t p = 0; p < e.projects.size(); ++p) {
    if (!(mask & (1u << p))) continue;
    for (std::size_t v = 0; v < e.ballots.size(); ++v) w += satisfaction(e, v, p, u);
  }
  return w;
}

std::uint32_t mask_of(const std::vector<std::int32_t>& set) {
  std::uint32_t mask = 0;
  for (const std::int32_t p : set) mask |= 1u << p;
  return mask;
}

TEST(CountingProperties, OptimalBeatsEveryOtherAffordableSet) {
  for (int seed = 0; seed < kSeeds; ++seed) {
    const Election e = random_election(seed);
    for (const Utility u : kUtilities) {
      Int best = 0;
      for (const std::uint32_t mask : affordable_sets(e)) best = std::max(best, welfare_of(e, u, mask));
      const Outcome out = optimal(e, u, TieBreak::kLexicographic);
      ASSERT_TRUE(welfare_of(e, u, mask_of(out.selected)) == best) << "seed " << seed;
      ASSERT_TRUE(Int{out.welfare} == best) << "seed " << seed;
      ASSERT_LE(out.cost, e.budget);
    }
  }
}

TEST(CountingProperties, OptimalSaysWhetherAnotherSetReachesTheSameWelfare) {
  for (int seed = 0; seed < kSeeds; ++seed) {
    const Election e = random_election(seed);
    for (const Utility u : kUtilities) {
      Int best = 0;
      int reaching = 0;
      for (const std::uint32_t mask : affordable_sets(e)) {
        const Int w = welfare_of(e, u, mask);
        if (w > best) {
          best = w;
          reaching = 0;
        }
        if (w == best) ++reaching;
      }
      const Outcome out = optimal(e, u, TieBreak::kLexicographic);
      ASSERT_EQ(out.unique, reaching == 1) << "seed " << seed << " " << utility_wire_id(u);
    }
  }
}

TEST(CountingProperties, OptimalBreaksTiesByFundingTheFirstProjectsInTieBreakOrder) {
  // Among optimal sets without projects that add nothing, the one whose
  // members, read in tie-break order, come first.
  for (int seed = 0; seed < kSeeds; ++seed) {
    const Election e = random_election(seed);
    for (const TieBreak tie : {TieBreak::kLexicographic, TieBreak::kCostThenVotes}) {
      const std::vector<int> position = tie_position(e, tie);
      for (const Utility u : kUtilities) {
        std::uint32_t worthless = 0;
        for (std::size_t p = 0; p < e.projects.size(); ++p) {
          if (welfare_of(e, u, 1u << p) <= 0) worthless |= 1u << p;
        }
        Int best = 0;
        for (const std::uint32_t mask : affordable_sets(e)) best = std::max(best, welfare_of(e, u, mask));
        // Order sets by membership read in tie-break order: funding an earlier project wins.
        auto key = [&](std::uint32_t mask) {
          std::vector<int> in(e.projects.size(), 0);
          for (std::size_t p = 0; p < e.projects.size(); ++p) {
            if (mask & (1u << p)) in[position[p]] = 1;
          }
          return in;
        };
        std::uint32_t expected = 0;
        bool found = false;
        for (const std::uint32_t mask : affordable_sets(e)) {
          if ((mask & worthless) != 0 || welfare_of(e, u, mask) != best) continue;
          if (!found || key(mask) > key(expected)) expected = mask;
          found = true;
        }
        const Outcome out = optimal(e, u, tie);
        ASSERT_EQ(mask_of(out.selected), expected)
            << "seed " << seed << " " << utility_wire_id(u) << " " << tie_break_wire_id(tie);
      }
    }
  }
}

// The same election with projects and ballots in another order.
Election shuffled(const Election& e, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::int32_t> moved(e.projects.size());
  std::iota(moved.begin(), moved.end(), 0);
  std::shuffle(moved.begin(), moved.end(), rng);  // old index -> new index
  Election out = e;
  for (std::size_t p = 0; p < e.projects.size(); ++p) out.projects[moved[p]] = e.projects[p];
  std::vector<ElectionBallot> ballots;
  for (const BallotView b : e.ballots) {
    ElectionBallot copy{{b.projects.begin(), b.projects.end()}, {b.points.begin(), b.points.end()}};
    for (std::int32_t& p : copy.projects) p = moved[p];
    ballots.push_back(std::move(copy));
  }
  std::shuffle(ballots.begin(), ballots.end(), rng);
  out.ballots.clear();
  for (const ElectionBallot& b : ballots) out.ballots.push_back(b);
  return out;
}

TEST(CountingProperties, OutcomesDoNotDependOnTheOrderOfBallotsOrProjects) {
  for (int seed = 0; seed < kSeeds; ++seed) {
    const Election e = random_election(seed);
    const Election s = shuffled(e, seed + 1000);
    for (const CountingOptions& o : every_option()) {
      const Outcome a = count(e, o);
      const Outcome b = count(s, o);
      ASSERT_EQ(ids(e, a.selected), ids(s, b.selected)) << "seed " << seed << " " << describe(o);
      ASSERT_EQ(a.completion_steps, b.completion_steps) << "seed " << seed << " " << describe(o);
    }
  }
}

TEST(CountingProperties, TheTieBreakIsTheOnlyThingThatSeparatesEqualProjects) {
  // Two projects alike in every way but their id: lexico funds the smaller id,
  // and renaming them swaps the winner.
  for (const Rule rule : {Rule::kGreedy, Rule::kEqualShares, Rule::kPhragmen, Rule::kOptimal}) {
    Election e;
    e.budget = 10;
    e.projects = {{"b", "", 10}, {"a", "", 10}};
    e.ballots = {{{0}, {}}, {{1}, {}}, {{0, 1}, {}}};
    const CountingOptions o{rule, Utility::kCost, Completion::kNone, TieBreak::kLexicographic,
                            false};
    e.budget = rule == Rule::kEqualShares ? 30 : 10;
    if (rule == Rule::kEqualShares) {
      e.projects[0].cost = e.projects[1].cost = 20;  // each voter holds 10
    }
    const Outcome first = count(e, o);
    ASSERT_FALSE(first.selected.empty()) << rule_wire_id(rule);
    EXPECT_EQ(e.projects[first.selected[0]].id, "a") << rule_wire_id(rule);
    std::swap(e.projects[0].id, e.projects[1].id);
    const Outcome renamed = count(e, o);
    EXPECT_EQ(e.projects[renamed.selected[0]].id, "a") << rule_wire_id(rule);
    EXPECT_NE(first.selected[0], renamed.selected[0]) << rule_wire_id(rule);
  }
}

}  // namespace
}  // namespace sammen::counting
