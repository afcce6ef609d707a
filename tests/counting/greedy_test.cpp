#include "sammen/counting/greedy.h"

#include <gtest/gtest.h>

#include "election_builder.h"

namespace sammen::counting {
namespace {

using testing::explanation_of;
using testing::ids_of;
using testing::make_election;
using testing::make_points_election;
using Ids = std::vector<std::string>;

TEST(Greedy, FundsMostVotedFirstAndSkipsWhatNoLongerFits) {
  const Election e =
      make_election(100, {{"a", 60}, {"b", 50}, {"c", 40}}, {{"a", "b", "c"}, {"a", "b"}, {"a"}});
  const Outcome o = greedy(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a", "c"}));
  EXPECT_EQ(o.cost, 100);
}

TEST(Greedy, ExplainsWhichFundedProjectsExhaustedTheMoney) {
  const Election e =
      make_election(100, {{"a", 60}, {"b", 50}, {"c", 40}}, {{"a", "b", "c"}, {"a", "b"}, {"a"}});
  const Outcome o = greedy(e, Utility::kCost, TieBreak::kLexicographic);
  const ProjectExplanation& b = explanation_of(e, o, "b");
  EXPECT_EQ(b.verdict, Verdict::kDidNotFit);
  EXPECT_EQ(b.money_left, 40);
  EXPECT_EQ(b.round, 2);
  EXPECT_EQ(ids_of(e, b.exhausted_by), (Ids{"a"}));
  EXPECT_EQ(b.detail, "costs 50 but only 40 was left after funding a");
}

TEST(Greedy, CardinalityUtilityOrdersByVotesPerUnitOfCost) {
  const Election e = make_election(100, {{"a", 80}, {"b", 20}, {"c", 30}},
                                   {{"a", "b", "c"}, {"a", "b", "c"}, {"a"}, {"a"}});
  const Outcome o = greedy(e, Utility::kCardinality, TieBreak::kLexicographic);
  EXPECT_EQ(o.selected, (std::vector<std::int32_t>{1, 2}));
  EXPECT_EQ(explanation_of(e, o, "a").verdict, Verdict::kDidNotFit);
}

TEST(Greedy, LeavesProjectsNobodyVotedForUnfunded) {
  const Election e = make_election(100, {{"a", 60}, {"z", 10}}, {{"a"}});
  const Outcome o = greedy(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
  EXPECT_EQ(explanation_of(e, o, "z").verdict, Verdict::kNoSupport);
  EXPECT_EQ(explanation_of(e, o, "z").round, 0);
}

TEST(Greedy, FundsUnsupportedProjectsLastWhenAskedToLikePabutools) {
  const Election e = make_election(100, {{"a", 60}, {"z", 10}, {"y", 35}}, {{"a"}});
  const Outcome o = greedy(e, Utility::kCost, TieBreak::kLexicographic, true);
  EXPECT_EQ(o.selected, (std::vector<std::int32_t>{0, 2}));  // a, then y before z (by id)
  EXPECT_EQ(explanation_of(e, o, "y").verdict, Verdict::kFunded);
  EXPECT_EQ(explanation_of(e, o, "z").verdict, Verdict::kNoSupport);
}

TEST(Greedy, BreaksTiesByProjectIdAsStringsWhenLexicographic) {
  // "10" < "9" as strings: pabutools compares names, not numbers.
  const Election e = make_election(50, {{"9", 50}, {"10", 50}}, {{"9"}, {"10"}});
  const Outcome o = greedy(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"10"}));
}

TEST(Greedy, BreaksTiesByLowerCostThenMoreVotes) {
  // Cardinality: a and b both have 1 vote per 10; cost-then-votes prefers b.
  const Election e =
      make_election(40, {{"a", 40}, {"b", 20}}, {{"a", "b"}, {"a"}, {"a"}, {"a"}, {"b"}});
  const Outcome lexico = greedy(e, Utility::kCardinality, TieBreak::kLexicographic);
  const Outcome cheap = greedy(e, Utility::kCardinality, TieBreak::kCostThenVotes);
  EXPECT_EQ(ids_of(e, lexico.selected), (Ids{"a"}));
  EXPECT_EQ(ids_of(e, cheap.selected), (Ids{"b"}));
}

TEST(Greedy, CountsBallotsNotPointsForCumulativeVotes) {
  // pabutools' Cost_Sat reads a cumulative ballot as approval of what it lists.
  const Election e =
      make_points_election(50, {{"a", 50}, {"b", 50}}, {{{"a", 1}}, {{"a", 1}}, {{"b", 10}}});
  const Outcome o = greedy(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
  EXPECT_EQ(explanation_of(e, o, "b").score, 10);
}

TEST(Greedy, CountsPointsUnderPointsUtility) {
  // Additive_Cardinal_Sat: the 10 points on b outweigh a's two single points.
  const Election e =
      make_points_election(50, {{"a", 50}, {"b", 50}}, {{{"a", 1}}, {{"a", 1}}, {{"b", 10}}});
  const Outcome o = greedy(e, Utility::kPoints, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"b"}));
}

TEST(Greedy, OrdersByPointsPerCostUnderPointsUtility) {
  // a: 6 points for 60 (0.1 per unit); b: 4 points for 20 (0.2 per unit).
  const Election e = make_points_election(60, {{"a", 60}, {"b", 20}},
                                          {{{"a", 3}, {"b", 2}}, {{"a", 3}, {"b", 2}}});
  const Outcome o = greedy(e, Utility::kPoints, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"b"}));
}

TEST(Greedy, FundsAFreeProjectWithPointsFirst) {
  const Election e =
      make_points_election(50, {{"a", 50}, {"free", 0}}, {{{"a", 5}}, {{"free", 1}}});
  const Outcome o = greedy(e, Utility::kPoints, TieBreak::kLexicographic);
  ASSERT_EQ(o.selected.size(), 2u);
  EXPECT_EQ(e.projects[o.selected[0]].id, "free");
}

TEST(Greedy, GivesOneExplanationPerProjectInProjectOrder) {
  const Election e = make_election(100, {{"a", 60}, {"b", 50}, {"c", 40}}, {{"c"}, {"b"}});
  const Outcome o = greedy(e, Utility::kCost, TieBreak::kCostThenVotes);
  ASSERT_EQ(o.explanation.size(), 3u);
  for (std::size_t p = 0; p < 3; ++p)
    EXPECT_EQ(o.explanation[p].project, static_cast<std::int32_t>(p));
}

}  // namespace
}  // namespace sammen::counting
