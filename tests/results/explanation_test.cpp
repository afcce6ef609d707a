// Explanations: every verdict said in every language, from the outcome's facts.
#include "sammen/results/explanation.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen {
namespace {

using counting::Verdict;
using testing::two_district_process;

ProposalOutcome outcome(Verdict verdict, std::vector<std::string> exhausted_by = {}) {
  return {"leksekafe", verdict, 2, 3, kroner(100'000), std::move(exhausted_by)};
}

TEST(Explain, EveryVerdictHasASentenceInEveryLanguage) {
  for (const auto& [verdict, id] : kVerdictIds) {
    for (Language language : kAllLanguages) {
      const std::string text = explain(outcome(verdict), two_district_process(), {language, "NOK"});
      EXPECT_FALSE(text.empty()) << id;
      EXPECT_EQ(text.find('{'), std::string::npos) << text;
      EXPECT_NE(text, id) << "a sentence, not the wire id";
    }
  }
}

TEST(Explain, NoDanishExplanationEndsInADoubleFullStop) {
  for (const auto& [verdict, id] : kVerdictIds) {
    const std::string text =
        explain(outcome(verdict, {"park"}), two_district_process(), {Language::kDanish, "DKK"});
    EXPECT_EQ(text.find(".."), std::string::npos) << text;
  }
}

TEST(Explain, EqualSharesOutcomesAreExplainedInWords) {
  EXPECT_EQ(
      explain(outcome(Verdict::kUnaffordable), two_district_process(), {Language::kEnglish, "NOK"}),
      "Not funded: 2 votes. It costs NOK\u00a0300,000, and the voters who chose it did not "
      "have enough of their equal shares left to pay for it.");
}

TEST(Explain, DidNotFitWithNothingFundedSaysWhatWasLeftInTheBudget) {
  EXPECT_EQ(
      explain(outcome(Verdict::kDidNotFit), two_district_process(), {Language::kEnglish, "NOK"}),
      "Did not fit: 2 votes, but it costs NOK\u00a0300,000 and only NOK\u00a0100,000 was left "
      "in the budget.");
}

TEST(Explain, DidNotFitNamesAtMostThreeProposalsAndCountsTheRest) {
  const std::string text =
      explain(outcome(Verdict::kDidNotFit, {"park", "benker", "sykkel", "x", "y"}),
              two_district_process(), {Language::kNorwegianBokmal, "NOK"});
  EXPECT_NE(
      text.find("etter at «Innbyggerpark», «Benker langs elva», «Sykling uten alder» og 2 til "
                "fikk pengene."),
      std::string::npos)
      << text;
}

TEST(Explain, EnglishSaysOneFundedProposalInTheSingular) {
  EXPECT_EQ(
      explain(outcome(Verdict::kDidNotFit, {"park"}), two_district_process(),
              {Language::kEnglish, "NOK"}),
      "Did not fit: 2 votes, but it costs NOK\u00a0300,000 and only NOK\u00a0100,000 was left "
      "after «Innbyggerpark» was funded.");
}

}  // namespace
}  // namespace sammen
