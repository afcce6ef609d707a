#include "sammen/counting/equal_shares.h"

#include <gtest/gtest.h>

#include "election_builder.h"

namespace sammen::counting {
namespace {

using testing::explanation_of;
using testing::ids_of;
using testing::make_election;
using testing::make_points_election;
using Ids = std::vector<std::string>;

// Four voters with 25 each. a (60) has three supporters, b (30) one.
Election three_for_a_one_for_b() {
  return make_election(100, {{"a", 60}, {"b", 30}}, {{"a"}, {"a"}, {"a"}, {"b"}});
}

TEST(EqualShares, FundsWhatItsSupportersCanPayForTogether) {
  const Election e = three_for_a_one_for_b();
  const Outcome o = equal_shares(e, Utility::kCost, Completion::kNone, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
  EXPECT_EQ(o.cost, 60);
}

TEST(EqualShares, ExplainsWhatEachSupporterPaid) {
  const Election e = three_for_a_one_for_b();
  const Outcome o = equal_shares(e, Utility::kCost, Completion::kNone, TieBreak::kLexicographic);
  const ProjectExplanation& a = explanation_of(e, o, "a");
  EXPECT_EQ(a.verdict, Verdict::kFunded);
  EXPECT_EQ(a.round, 1);
  EXPECT_EQ(a.detail, "bought in round 1 for 60: 3 supporters paid 20 each");
}

TEST(EqualShares, ExplainsWhySupportersCouldNotAffordAProject) {
  const Election e = three_for_a_one_for_b();
  const Outcome o = equal_shares(e, Utility::kCost, Completion::kNone, TieBreak::kLexicographic);
  const ProjectExplanation& b = explanation_of(e, o, "b");
  EXPECT_EQ(b.verdict, Verdict::kUnaffordable);
  // Dropped in round 2, when nothing else was left to buy.
  EXPECT_EQ(b.detail,
            "in round 2 its 1 supporter with money left had 25 between them; it costs 30");
}

TEST(EqualShares, SupportersWhoCannotPayAnEqualSharePayAllTheyHave) {
  // Cardinality: a (10, voter 1 alone) first; voter 1 keeps 15. Then b (75,
  // all four): 15 + 3 * 20 = 75, so three pay 20 and voter 1 pays all 15.
  const Election e = make_election(100, {{"a", 10}, {"b", 75}}, {{"a", "b"}, {"b"}, {"b"}, {"b"}});
  const Outcome o =
      equal_shares(e, Utility::kCardinality, Completion::kNone, TieBreak::kLexicographic);
  EXPECT_EQ(o.selected, (std::vector<std::int32_t>{0, 1}));
  EXPECT_EQ(explanation_of(e, o, "b").detail,
            "bought in round 2 for 75: 3 supporters paid 20 each, 1 paid all they had left (15 "
            "together)");
}

TEST(EqualShares, CostAndCardinalityUtilityCanDisagree) {
  const Election e =
      make_election(100, {{"a", 80}, {"b", 20}, {"c", 10}}, {{"a", "b"}, {"a", "c"}, {"a"}, {"a"}});
  const Outcome cost = equal_shares(e, Utility::kCost, Completion::kNone, TieBreak::kLexicographic);
  const Outcome card =
      equal_shares(e, Utility::kCardinality, Completion::kNone, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, cost.selected), (Ids{"a"}));
  EXPECT_EQ(ids_of(e, card.selected), (Ids{"b", "c"}));
  EXPECT_EQ(card.selected.front(), 2);  // c (10 for one voter) is the cheapest per vote
}

TEST(EqualShares, Add1RaisesBudgetsUntilTheOutcomeIsExhaustive) {
  const Election e = three_for_a_one_for_b();
  const Outcome o = equal_shares(e, Utility::kCost, Completion::kAdd1, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a", "b"}));
  EXPECT_EQ(o.completion_steps, 5);  // voter 4 needs 30: 25 + 5 raises of 1
  EXPECT_LE(o.cost, e.budget);
}

TEST(EqualShares, Add1RaisesByOneWholeCurrencyUnit) {
  Election e = three_for_a_one_for_b();
  e.money_decimals = 2;  // the same amounts read as 1.00, 0.60 and 0.30
  const Outcome o = equal_shares(e, Utility::kCost, Completion::kAdd1, TieBreak::kLexicographic);
  EXPECT_EQ(o.completion_steps, 1);  // 0.25 + 1.00 covers 0.30 at once
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a", "b"}));
}

TEST(EqualShares, Add1UFillsWhatIsLeftGreedily) {
  // c (5) has a lone supporter who cannot pay; add1 stops as soon as the
  // outcome is exhaustive, and the greedy fill funds what still fits.
  const Election e =
      make_election(100, {{"a", 60}, {"b", 39}, {"c", 1}}, {{"a"}, {"a"}, {"a"}, {"b", "c"}});
  const Outcome add1 = equal_shares(e, Utility::kCost, Completion::kAdd1, TieBreak::kLexicographic);
  const Outcome add1u =
      equal_shares(e, Utility::kCost, Completion::kAdd1Utilitarian, TieBreak::kLexicographic);
  EXPECT_LE(add1.cost, add1u.cost);
  EXPECT_LE(add1u.cost, e.budget);
  for (const std::int32_t p : add1.selected) {
    EXPECT_NE(std::find(add1u.selected.begin(), add1u.selected.end(), p), add1u.selected.end());
  }
}

TEST(EqualShares, BreaksEqualPricesByTheTieBreak) {
  // Both voters hold 50 and support both: a and b cost 25 each per voter.
  const Election e = make_election(100, {{"b", 50}, {"a", 50}}, {{"a", "b"}, {"a", "b"}});
  const Outcome o = equal_shares(e, Utility::kCost, Completion::kNone, TieBreak::kLexicographic);
  ASSERT_EQ(o.selected.size(), 2u);
  EXPECT_EQ(e.projects[o.selected[0]].id, "a");
}

TEST(EqualShares, LeavesAFreeProjectOutUnderCostUtility) {
  // pabutools' Cost_Sat: a free project satisfies nobody, so MES skips it.
  const Election e = make_election(100, {{"a", 60}, {"free", 0}}, {{"a", "free"}, {"a"}});
  const Outcome o = equal_shares(e, Utility::kCost, Completion::kNone, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
  EXPECT_EQ(explanation_of(e, o, "free").verdict, Verdict::kNoValue);
  EXPECT_EQ(explanation_of(e, o, "free").detail,
            "it costs nothing, so under cost utility it adds no satisfaction");
}

TEST(EqualShares, FundsAFreeProjectFirstUnderCardinalityUtility) {
  const Election e = make_election(100, {{"a", 60}, {"free", 0}}, {{"a", "free"}, {"a"}});
  const Outcome o =
      equal_shares(e, Utility::kCardinality, Completion::kNone, TieBreak::kLexicographic);
  ASSERT_EQ(o.selected.size(), 2u);
  EXPECT_EQ(e.projects[o.selected[0]].id, "free");
  EXPECT_EQ(explanation_of(e, o, "free").detail, "funded at no cost");
}

TEST(EqualShares, UnderPointsUtilitySupportersPayInProportionToTheirPoints) {
  // Each voter holds 20; a costs 20 and gets 3 + 1 points: 5 per point.
  const Election e = make_points_election(40, {{"a", 20}}, {{{"a", 3}}, {{"a", 1}}});
  const Outcome o = equal_shares(e, Utility::kPoints, Completion::kNone, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
  EXPECT_EQ(explanation_of(e, o, "a").detail, "bought in round 1 for 20: 2 supporters paid 5 per point");
}

TEST(EqualShares, UnderPointsUtilityASupporterWhoCannotPayTheirPartPaysAll) {
  // a costs 32: at 8 per point voter 1 would owe 24 but holds 20, so pays 20;
  // voter 2 then pays the remaining 12 for 1 point.
  const Election e = make_points_election(40, {{"a", 32}}, {{{"a", 3}}, {{"a", 1}}});
  const Outcome o = equal_shares(e, Utility::kPoints, Completion::kNone, TieBreak::kLexicographic);
  EXPECT_EQ(explanation_of(e, o, "a").detail,
            "bought in round 1 for 32: 1 supporter paid 12 per point, 1 paid all they had left "
            "(20 together)");
}

TEST(EqualShares, UnderPointsUtilityZeroPointsMakeNoSupporter) {
  // Voter 2 lists b with 0 points: b's only supporter in MES is nobody.
  const Election e =
      make_points_election(40, {{"a", 20}, {"b", 10}}, {{{"a", 2}}, {{"b", 0}, {"a", 1}}});
  const Outcome o = equal_shares(e, Utility::kPoints, Completion::kNone, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
  EXPECT_EQ(explanation_of(e, o, "b").verdict, Verdict::kNoValue);
}

TEST(EqualShares, PointsUtilityOnApprovalBallotsIsCardinality) {
  const Election e =
      make_election(100, {{"a", 80}, {"b", 20}, {"c", 10}}, {{"a", "b"}, {"a", "c"}, {"a"}, {"a"}});
  EXPECT_EQ(equal_shares(e, Utility::kPoints, Completion::kNone, TieBreak::kLexicographic).selected,
            equal_shares(e, Utility::kCardinality, Completion::kNone, TieBreak::kLexicographic)
                .selected);
}

TEST(EqualShares, FundsNothingWithoutBallots) {
  const Election e = make_election(100, {{"a", 60}}, {});
  const Outcome o = equal_shares(e, Utility::kCost, Completion::kAdd1, TieBreak::kLexicographic);
  EXPECT_TRUE(o.selected.empty());
  EXPECT_EQ(o.explanation[0].verdict, Verdict::kNoSupport);
}

}  // namespace
}  // namespace sammen::counting
