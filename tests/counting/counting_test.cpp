#include "sammen/counting/counting.h"

#include <gtest/gtest.h>

#include "election_builder.h"

namespace sammen::counting {
namespace {

using testing::ids_of;
using testing::make_election;
using Ids = std::vector<std::string>;

TEST(Count, DispatchesToTheRuleInTheOptions) {
  const Election e = make_election(100, {{"a", 60}, {"b", 50}, {"c", 50}},
                                   {{"a", "b"}, {"a", "c"}, {"a", "b", "c"}});
  CountingOptions o;
  o.tie_break = TieBreak::kLexicographic;
  o.rule = Rule::kGreedy;
  EXPECT_EQ(ids_of(e, count(e, o).selected), (Ids{"a"}));
  o.rule = Rule::kOptimal;
  EXPECT_EQ(ids_of(e, count(e, o).selected), (Ids{"b", "c"}));
}

TEST(Count, KeepsTheOptionsItCountedWith) {
  const Election e = make_election(100, {{"a", 60}}, {{"a"}});
  CountingOptions o;
  o.rule = Rule::kEqualShares;
  o.completion = Completion::kAdd1Utilitarian;
  const Outcome out = count(e, o);
  EXPECT_EQ(out.options.rule, Rule::kEqualShares);
  EXPECT_EQ(out.options.completion, Completion::kAdd1Utilitarian);
}

TEST(Count, ReportsProgressDuringAdd1) {
  const Election e = make_election(100, {{"a", 60}, {"b", 30}}, {{"a"}, {"a"}, {"a"}, {"b"}});
  CountingOptions o;
  o.rule = Rule::kEqualShares;
  o.completion = Completion::kAdd1;
  std::int64_t last = 0;
  count(e, o, [&](std::int64_t step) { last = step; });
  EXPECT_EQ(last, 5);
}

TEST(NaturalOrder, ComparesDigitRunsAsNumbers) {
  EXPECT_TRUE(natural_less("2", "10"));
  EXPECT_FALSE(natural_less("10", "2"));
  EXPECT_TRUE(natural_less("L1/02/VII", "L1/10/VII"));
  EXPECT_TRUE(natural_less("L009", "L010"));
  EXPECT_FALSE(natural_less("a", "a"));
}

TEST(WireIds, NameEveryRuleUtilityCompletionAndVerdict) {
  EXPECT_EQ(rule_wire_id(Rule::kEqualShares), "mes");
  EXPECT_EQ(utility_wire_id(Utility::kCardinality), "cardinality");
  EXPECT_EQ(completion_wire_id(Completion::kAdd1Utilitarian), "add1u");
  EXPECT_EQ(verdict_wire_id(Verdict::kUnaffordable), "unaffordable");
  EXPECT_EQ(tie_break_wire_id(TieBreak::kCostThenVotes), "cost-votes");
}

}  // namespace
}  // namespace sammen::counting
