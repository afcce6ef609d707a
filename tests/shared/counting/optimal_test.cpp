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

TEST(Optimal, ExplainsProjectsAboveTheWholeBudget) {
  const Election e = make_election(100, {{"a", 101}}, {{"a"}});
  const Outcome o = optimal(e, Utility::kCost, TieBreak::kLexicographic);
  EXPECT_EQ(o.explanation[0].verdict, Verdict::kDidNotFit);
}

}  // namespace
}  // namespace sammen::counting
