// The error table: one row per code, and Result<T>.
#include "sammen/core/error_table.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "sammen/core/money.h"
#include "sammen/core/result.h"

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
  for (const ErrorRow& row : error_table()) {
    EXPECT_TRUE(ids.insert(std::string(row.wire_id)).second) << row.wire_id;
    for (Language language : kAllLanguages) {
      const std::string text = sentence({row.code, "x", 2, 1}, language);
      EXPECT_FALSE(text.empty()) << row.wire_id << " in " << language_tag(language);
      EXPECT_EQ(text.find('{'), std::string::npos) << text;
    }
  }
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(ErrorCode::kInternal) + 1)
      << "a code without a row";
}

TEST(Problem, OverBudgetSentenceGivesTotalExcessAndBudgetInNorwegian) {
  const Problem p{ErrorCode::kOverBudget, "sentrum", kroner(1'200'000), kroner(1'000'000)};
  EXPECT_EQ(sentence(p, Language::kNorwegianBokmal),
            "Valgene dine koster 1\u00a0200\u00a0000\u00a0kr, 200\u00a0000\u00a0kr mer enn "
            "budsjettet på 1\u00a0000\u00a0000\u00a0kr.");
}

TEST(Problem, DanishWordOrderDiffersFromTheEnglish) {
  const Problem p{ErrorCode::kOverBudget, "sentrum", kroner(2'100'000), kroner(2'000'000)};
  EXPECT_EQ(sentence(p, Language::kDanish, "DKK"),
            "Budgettet er på 2.000.000\u00a0kr., og dine valg koster 2.100.000\u00a0kr., altså "
            "100.000\u00a0kr. for meget.");
}

TEST(Problem, NoDanishSentenceEndsInADoubleFullStop) {
  for (const ErrorRow& row : error_table()) {
    const Problem p{row.code, "sentrum", kroner(2'100'000), kroner(2'000'000)};
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

TEST(Problem, EnglishSaysOneProposalInTheSingular) {
  EXPECT_EQ(sentence({ErrorCode::kTooManyApprovals, "", 2, 1}, Language::kEnglish),
            "You may choose at most 1 proposal; you chose 2.");
}

TEST(Problem, EveryCodeRoundTripsThroughItsWireId) {
  for (const ErrorRow& row : error_table()) {
    EXPECT_EQ(error_code_from_wire_id(row.wire_id), row.code) << row.wire_id;
    EXPECT_EQ(&error_row(row.code), &row);
  }
}

TEST(Problem, AnUnknownWireIdHasNoCode) {
  EXPECT_EQ(error_code_from_wire_id("ballot.too_colourful"), std::nullopt);
  EXPECT_EQ(error_code_from_wire_id(""), std::nullopt);
  EXPECT_EQ(error_code_from_wire_id("unknown"), std::nullopt);
}

TEST(Problem, HttpStatusSaysWhoseFaultItIs) {
  EXPECT_EQ(http_status(ErrorCode::kMalformedJson), 400);
  EXPECT_EQ(http_status(ErrorCode::kBodyTooLarge), 413);
  EXPECT_EQ(http_status(ErrorCode::kUnknownProcess), 404);
  EXPECT_EQ(http_status(ErrorCode::kVoterCodeMissing), 401);
  EXPECT_EQ(http_status(ErrorCode::kRungForbids), 403);
  EXPECT_EQ(http_status(ErrorCode::kAlreadyPublished), 409);
  EXPECT_EQ(http_status(ErrorCode::kOverBudget), 422);
  EXPECT_EQ(http_status(ErrorCode::kStorageFailed), 503);
  EXPECT_EQ(http_status(ErrorCode::kInternal), 500);
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
