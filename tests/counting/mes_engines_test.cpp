// The fast MES path settles a run only when its error bounds prove every
// decision; then its outcome, explanation numbers included, is the exact
// one. Checked on generated elections and on every shared file, against the
// exact counter.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "election_builder.h"
#include "mes.h"
#include "sammen/counting/equal_shares.h"
#include "pabulib_folder.h"
#include "sammen/counting/pabulib.h"
#include "support.h"

namespace sammen::counting {
namespace {

namespace fs = std::filesystem;

void expect_same_runs(const mes::Run& fast, const mes::Run& exact, const std::string& what) {
  ASSERT_EQ(fast.selected, exact.selected) << what;
  ASSERT_EQ(fast.cost, exact.cost) << what;
  ASSERT_EQ(fast.projects.size(), exact.projects.size()) << what;
  for (std::size_t p = 0; p < fast.projects.size(); ++p) {
    const mes::ProjectRun& a = fast.projects[p];
    const mes::ProjectRun& b = exact.projects[p];
    SCOPED_TRACE(what + ", project " + std::to_string(p));
    EXPECT_EQ(a.verdict, b.verdict);
    EXPECT_EQ(a.round, b.round);
    EXPECT_EQ(a.payers, b.payers);
    EXPECT_EQ(a.all_in_payers, b.all_in_payers);
    EXPECT_EQ(a.holders, b.holders);
    EXPECT_EQ(a.holders_money, b.holders_money);
    EXPECT_EQ(a.share, b.share);
    EXPECT_EQ(a.all_in_total, b.all_in_total);
    EXPECT_EQ(a.holders_total, b.holders_total);
  }
}

// Runs both engines at `extra`; the fast one's run must equal the exact one
// whenever it says it is certain. Returns whether it was.
bool compare_engines(const Election& e, Utility utility, TieBreak tie, std::uint64_t extra,
                     const std::string& what) {
  const Support support = build_support(e);
  const std::vector<std::int32_t> rank = tie_break_rank(e, support, tie);
  auto fast = mes::uniform_counter(e, support, rank, utility, mes::Engine::kFast);
  auto exact = mes::uniform_counter(e, support, rank, utility, mes::Engine::kExact);
  const mes::Run a = fast->run(extra, true);
  const mes::Run b = exact->run(extra, true);
  EXPECT_TRUE(b.certain);
  if (a.certain) expect_same_runs(a, b, what);
  return a.certain;
}

Election random_approval(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  Election e;
  const int projects = uniform(1, 10);
  Money total = 0;
  for (int p = 0; p < projects; ++p) {
    // Round costs make exact ties between prices common.
    const Money cost = uniform(0, 15) == 0 ? 0 : uniform(1, 40) * (uniform(0, 1) ? 25 : 7);
    e.projects.push_back({std::to_string(p), "", cost});
    total += cost;
  }
  e.budget = uniform(1, static_cast<int>(std::max<Money>(total, 1)));
  const int voters = uniform(1, 40);
  for (int v = 0; v < voters; ++v) {
    ElectionBallot b;
    for (int p = 0; p < projects; ++p) {
      if (uniform(0, 9) < 3) b.projects.push_back(p);
    }
    e.ballots.push_back(b);
  }
  return e;
}

TEST(MesEngines, TheFastPathAgreesWithTheExactCountWheneverItSettles) {
  int settled = 0;
  int runs = 0;
  for (std::uint64_t seed = 0; seed < 600; ++seed) {
    const Election e = random_approval(seed);
    for (const Utility u : {Utility::kCost, Utility::kCardinality}) {
      for (const std::uint64_t extra : {0ull, 3ull}) {
        ++runs;
        settled += compare_engines(e, u, TieBreak::kLexicographic, extra,
                                   "seed " + std::to_string(seed)) ? 1 : 0;
      }
    }
  }
  // Most runs settle; the rest show that giving up happens and is harmless.
  EXPECT_GT(settled, runs / 2);
  EXPECT_LT(settled, runs);
}

TEST(MesEngines, ASupporterWhoseBudgetIsExactlyTheShareSendsTheRunToTheExactCount) {
  // Each voter holds 10 and a costs 20: the share is exactly everyone's
  // budget, which no error bound can tell from "a little more" or "less".
  const Election e = testing::make_election(20, {{"a", 20}}, {{"a"}, {"a"}});
  const Outcome o = equal_shares(e, Utility::kCost, Completion::kNone, TieBreak::kLexicographic);
  EXPECT_EQ(o.exact_counts, 1);
  EXPECT_EQ(o.fast_counts, 0);
  ASSERT_EQ(o.selected, (std::vector<std::int32_t>{0}));
  EXPECT_EQ(o.explanation[0].detail, "bought in round 1 for 20: 2 supporters paid 10 each");
}

TEST(MesEngines, EqualPricesWithoutPoorSupportersAreComparedExactly) {
  // a and b cost the same per supporter to the last unit; the fast path
  // compares cost / supporters as fractions and lets the tie-break decide.
  const Election e = testing::make_election(
      3000000000002, {{"b", 1000000000001}, {"a", 1000000000001}}, {{"a", "b"}, {"a", "b"}, {"a", "b"}});
  const Outcome o =
      equal_shares(e, Utility::kCardinality, Completion::kNone, TieBreak::kLexicographic);
  EXPECT_EQ(o.fast_counts, 1);
  EXPECT_EQ(e.projects[o.selected.front()].id, "a");
}

const fs::path kFolder = testing::kPabulibFolder;
using testing::read_text;

TEST(MesEngines, TheFastPathAgreesWithTheExactCountOnEveryRealFile) {
  for (const auto& item : fs::directory_iterator(kFolder)) {
    if (item.path().extension() != ".pb") continue;
    const PabulibResult parsed = read_pabulib(read_text(item.path()));
    ASSERT_TRUE(parsed.ok());
    const Election& e = parsed.value().election;
    for (const Utility u : {Utility::kCost, Utility::kCardinality}) {
      compare_engines(e, u, TieBreak::kLexicographic, 0, item.path().filename().string());
      compare_engines(e, u, TieBreak::kCostThenVotes, 7, item.path().filename().string());
    }
  }
}

}  // namespace
}  // namespace sammen::counting
