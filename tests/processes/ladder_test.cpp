#include "sammen/processes/ladder.h"

#include <gtest/gtest.h>

namespace sammen {
namespace {

TEST(Ladder, InformAllowsOnlyReading) {
  EXPECT_TRUE(rung_allows(Rung::kInform, Action::kRead));
  EXPECT_FALSE(rung_allows(Rung::kInform, Action::kComment));
  EXPECT_FALSE(rung_allows(Rung::kInform, Action::kVote));
}

TEST(Ladder, ConsultAddsCommentsButNoVote) {
  EXPECT_TRUE(rung_allows(Rung::kConsult, Action::kComment));
  EXPECT_FALSE(rung_allows(Rung::kConsult, Action::kSupport));
  EXPECT_FALSE(rung_allows(Rung::kConsult, Action::kVote));
}

TEST(Ladder, CoCreateAllowsAuthoringAndPledging) {
  EXPECT_TRUE(rung_allows(Rung::kCoCreate, Action::kAuthor));
  EXPECT_TRUE(rung_allows(Rung::kCoCreate, Action::kPledge));
  EXPECT_FALSE(rung_allows(Rung::kInvolve, Action::kAuthor));
}

TEST(Ladder, EachRungAllowsEverythingTheRungBelowAllows) {
  const Action actions[] = {Action::kRead,   Action::kComment, Action::kSupport,
                            Action::kAuthor, Action::kPledge,  Action::kVote};
  for (int r = 2; r <= 5; ++r) {
    for (Action a : actions) {
      if (rung_allows(static_cast<Rung>(r - 1), a)) {
        EXPECT_TRUE(rung_allows(static_cast<Rung>(r), a)) << "rung " << r;
      }
    }
  }
}

TEST(Ladder, OnlyCoDecideMakesAVoteBinding) {
  EXPECT_TRUE(vote_is_binding(Rung::kCoDecide));
  EXPECT_FALSE(vote_is_binding(Rung::kCoCreate));
  EXPECT_FALSE(vote_is_binding(Rung::kInvolve));
}

TEST(Ladder, PromiseSaysPlainlyWhetherTheVoteDecides) {
  EXPECT_EQ(rung_promise(Rung::kCoDecide, Language::kEnglish),
            "Your vote decides: the proposals that win will be carried out.");
  EXPECT_EQ(rung_promise(Rung::kInvolve, Language::kEnglish),
            "Your input is advice to the council. The municipality makes the final decision.");
  EXPECT_EQ(rung_promise(Rung::kCoDecide, Language::kNorwegianBokmal),
            "Stemmen din bestemmer: forslagene som vinner, blir gjennomført.");
}

TEST(Ladder, WireIdsRoundTrip) {
  for (int r = 1; r <= 5; ++r) {
    const Rung rung = static_cast<Rung>(r);
    EXPECT_EQ(kRungIds.parse(kRungIds.id(rung)), rung);
  }
  EXPECT_FALSE(kRungIds.parse("tokenism"));
}

}  // namespace
}  // namespace sammen
