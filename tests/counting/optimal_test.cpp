#include "sammen/counting/optimal.h"

#include <gtest/gtest.h>

#include "election_builder.h"
#include "sammen/counting/greedy.h"

namespace sammen::counting {
namespace {

using testing::explanation_of;
using testing::ids_of;
using testing::make_election;
using Ids = std::vector<std::string>;

// Greedy takes a (most votes) and is stuck; b and c together satisfy more.
Election greedy_is_not_optimal() {
  return make_election(100, {{"a", 60}, {"b", 50}, {"c", 50}},
                       {{"a", "b"}, {"a", "c"}, {"a", "b", "c"}});
}

TEST(Optimal, FindsTheSetWithTheGreatestTotalSatisfaction) {
  const Election e = greedy_is_not_optimal();
  EXPECT_EQ(ids_of(e, greedy(e, Utility::kCost, TieBreak::kLexicographic).selected), (Ids{"a"}));
  const Outcome o = optimal(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"b", "c"}));  // 2*50 + 2*50 = 200 > 3*60
  EXPECT_EQ(explanation_of(e, o, "a").verdict, Verdict::kNotInOptimum);
}

TEST(Optimal, CardinalityUtilityCountsFundedSupportedProjects) {
  const Election e =
      make_election(100, {{"a", 100}, {"b", 50}, {"c", 50}}, {{"a"}, {"a"}, {"a"}, {"b"}, {"c"}});
  EXPECT_EQ(ids_of(e, optimal(e, Utility::kCardinality, TieBreak::kLexicographic).selected),
            (Ids{"a"}));
  EXPECT_EQ(ids_of(e, optimal(e, Utility::kCost, TieBreak::kLexicographic).selected), (Ids{"a"}));
}

TEST(Optimal, NeverFundsProjectsNobodyVotedFor) {
  const Election e = make_election(100, {{"a", 10}, {"z", 10}}, {{"a"}});
  const Outcome o = optimal(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
  EXPECT_EQ(explanation_of(e, o, "z").verdict, Verdict::kNoSupport);
}

TEST(Optimal, SaysWhenTheOptimumIsUnique) {
  const Election e = greedy_is_not_optimal();
  const Outcome o = optimal(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_TRUE(o.unique);
  EXPECT_EQ(o.welfare, 200);
}

TEST(Optimal, SaysWhenAnotherSetReachesTheSameWelfareAndBreaksTheTie) {
  // a and b each satisfy one voter for 50; only one fits.
  const Election e = make_election(50, {{"b", 50}, {"a", 50}}, {{"a"}, {"b"}});
  const Outcome o = optimal(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_FALSE(o.unique);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));  // a comes first by id
  EXPECT_EQ(explanation_of(e, o, "a").detail,
            "part of the best use of the budget: total satisfaction (cost of supported funded "
            "projects) 50; other sets reach the same, and the tie-break chose this one");
}

TEST(Optimal, TheTieBreakPrefersTheFirstProjectEvenInASmallerSet) {
  // {a} and {b, c} both reach 2 (cardinality); a is first by id.
  const Election e = make_election(20, {{"a", 20}, {"b", 10}, {"c", 10}},
                                   {{"a"}, {"a"}, {"b"}, {"c"}});
  const Outcome o = optimal(e, Utility::kCardinality, TieBreak::kLexicographic);
  EXPECT_FALSE(o.unique);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
}

TEST(Optimal, MoneyLeftForAProjectNobodyWantsMakesTheOptimumNotUnique) {
  // Adding z changes no one's satisfaction, so {a} and {a, z} tie; z stays out.
  const Election e = make_election(100, {{"a", 60}, {"z", 10}}, {{"a"}});
  const Outcome o = optimal(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_FALSE(o.unique);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
}

TEST(Optimal, CountsPointsUnderPointsUtility) {
  // a: 5 points, b and c: 2 each; only a or both b and c fit.
  const Election e = testing::make_points_election(
      20, {{"a", 20}, {"b", 10}, {"c", 10}}, {{{"a", 5}}, {{"b", 2}}, {{"c", 2}}});
  const Outcome o = optimal(e, Utility::kPoints, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
  EXPECT_EQ(o.welfare, 5);
  EXPECT_EQ(ids_of(e, optimal(e, Utility::kCardinality, TieBreak::kLexicographic).selected),
            (Ids{"b", "c"}));
}

TEST(Optimal, ExplainsProjectsAboveTheWholeBudget) {
  const Election e = make_election(100, {{"a", 101}}, {{"a"}});
  const Outcome o = optimal(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_EQ(o.explanation[0].verdict, Verdict::kDidNotFit);
}

}  // namespace
}  // namespace sammen::counting
