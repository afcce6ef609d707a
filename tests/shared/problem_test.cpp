#include "sammen/problem.h"

#include "sammen/money.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace sammen {
namespace {

TEST(Problem, WireIdsAreStable) {
  EXPECT_EQ(wire_id(ErrorCode::kOverBudget), "ballot.over_budget");
  EXPECT_EQ(wire_id(ErrorCode::kMalformedJson), "request.malformed_json");
  EXPECT_EQ(wire_id(ErrorCode::kVoterCodeUnknown), "voter.code_unknown");
  EXPECT_EQ(wire_id(ErrorCode::kResultNotPublished), "result.not_published");
}

TEST(Problem, EveryCodeHasADistinctWireIdAndASentenceInEveryLanguage) {
  std::set<std::string> ids;
  for (int c = 0; c <= static_cast<int>(ErrorCode::kInternal); ++c) {
    const auto code = static_cast<ErrorCode>(c);
    EXPECT_TRUE(ids.insert(std::string(wire_id(code))).second) << wire_id(code);
    for (Language language : kAllLanguages) {
      const std::string text = sentence({code, "x", 2, 1}, language);
      EXPECT_FALSE(text.empty());
      EXPECT_NE(text, "?") << wire_id(code);
    }
  }
}

TEST(Problem, OverBudgetSentenceGivesTotalExcessAndBudgetInNorwegian) {
  const Problem p{ErrorCode::kOverBudget, "sentrum", kroner(1'200'000), kroner(1'000'000)};
  EXPECT_EQ(sentence(p, Language::kNorwegianBokmal),
            "Valgene dine koster 1\u00a0200\u00a0000\u00a0kr, 200\u00a0000\u00a0kr mer enn "
            "budsjettet på 1\u00a0000\u00a0000\u00a0kr.");
}

TEST(Problem, NoDanishSentenceEndsInADoubleFullStop) {
  for (int c = 0; c <= static_cast<int>(ErrorCode::kInternal); ++c) {
    const Problem p{static_cast<ErrorCode>(c), "sentrum", kroner(2'100'000), kroner(2'000'000)};
    const std::string text = sentence(p, Language::kDanish, "DKK");
    EXPECT_EQ(text.find(".."), std::string::npos) << text;
  }
}

TEST(Problem, SentenceFollowsTheLanguage) {
  const Problem p{ErrorCode::kEmptyBallot, ""};
  EXPECT_EQ(sentence(p, Language::kNorwegianBokmal), "Velg minst ett forslag.");
  EXPECT_EQ(sentence(p, Language::kDanish), "Vælg mindst ét forslag.");
  EXPECT_EQ(sentence(p, Language::kEnglish), "Choose at least one proposal.");
}

TEST(Problem, EveryCodeRoundTripsThroughItsWireId) {
  for (int c = 0; c < kErrorCodeCount; ++c) {
    const ErrorCode code = static_cast<ErrorCode>(c);
    EXPECT_EQ(error_code_from_wire_id(wire_id(code)), code) << wire_id(code);
  }
}

TEST(Problem, AnUnknownWireIdHasNoCode) {
  EXPECT_EQ(error_code_from_wire_id("ballot.too_colourful"), std::nullopt);
  EXPECT_EQ(error_code_from_wire_id(""), std::nullopt);
  EXPECT_EQ(error_code_from_wire_id("unknown"), std::nullopt);
}

TEST(Result, HoldsAValue) {
  Result<int> r(7);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), 7);
}

TEST(Result, HoldsProblemsInsteadOfAValue) {
  Result<int> r(Problem{ErrorCode::kNotFound, "/x"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.first_problem().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace sammen
