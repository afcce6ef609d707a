#include "sammen/counting/phragmen.h"

#include <gtest/gtest.h>

#include "election_builder.h"

namespace sammen::counting {
namespace {

using testing::explanation_of;
using testing::ids_of;
using testing::make_election;
using Ids = std::vector<std::string>;

// c (500) shared by all three: load 166.67 each. Then a (400, voters 1-2):
// (400 + 333.33) / 2 = 366.67 beats b (300, voter 3): 466.67. b no longer fits.
Election three_voters() {
  return make_election(1000, {{"a", 400}, {"b", 300}, {"c", 500}, {"d", 50}},
                       {{"a", "c"}, {"a", "c"}, {"b", "c"}});
}

TEST(Phragmen, BuysTheProjectThatKeepsItsSupportersLoadLowest) {
  const Election e = three_voters();
  const Outcome o = phragmen(e, TieBreak::kLexicographic);
  ASSERT_EQ(o.selected.size(), 2u);
  EXPECT_EQ(e.projects[o.selected[0]].id, "c");
  EXPECT_EQ(e.projects[o.selected[1]].id, "a");
  EXPECT_EQ(o.cost, 900);
}

TEST(Phragmen, StopsAtTheFirstProjectThatDoesNotFit) {
  const Election e = three_voters();
  const Outcome o = phragmen(e, TieBreak::kLexicographic);
  EXPECT_EQ(explanation_of(e, o, "b").verdict, Verdict::kDidNotFit);
  EXPECT_EQ(explanation_of(e, o, "b").money_left, 100);
  // d would fit, but nobody supports it and the count has stopped.
  EXPECT_EQ(explanation_of(e, o, "d").verdict, Verdict::kNoSupport);
}

TEST(Phragmen, ExplainsTheLoadOfTheSupporters) {
  const Election e = three_voters();
  const Outcome o = phragmen(e, TieBreak::kLexicographic);
  EXPECT_EQ(explanation_of(e, o, "c").detail,
            "bought in round 1: its 3 supporters' load rose to 166.67 each");
}

TEST(Phragmen, MarksProjectsNeverReachedAsStopped) {
  // c (load 10), then b (30); a and e tie at 40 and neither fits: a (first by
  // id) stopped the count, e was never reached.
  const Election e = make_election(100, {{"a", 80}, {"b", 90}, {"c", 10}, {"e", 80}},
                                   {{"a", "e"}, {"a", "e"}, {"b"}, {"b"}, {"b"}, {"c"}});
  const Outcome o = phragmen(e, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"b", "c"}));
  EXPECT_EQ(explanation_of(e, o, "a").verdict, Verdict::kDidNotFit);
  EXPECT_EQ(explanation_of(e, o, "e").verdict, Verdict::kStopped);
}

TEST(Phragmen, BreaksEqualLoadsByTheTieBreak) {
  const Election e = make_election(50, {{"b", 50}, {"a", 50}}, {{"a"}, {"b"}});
  const Outcome o = phragmen(e, TieBreak::kLexicographic);
  EXPECT_EQ(ids_of(e, o.selected), (Ids{"a"}));
}

}  // namespace
}  // namespace sammen::counting
