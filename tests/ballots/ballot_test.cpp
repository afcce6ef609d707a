#include "sammen/ballots/ballot.h"

#include <gtest/gtest.h>

#include "sammen/ballots/voting_style.h"
#include "sammen/core/error_table.h"
#include "test_process.h"

namespace sammen {
namespace {

using testing::codes_of;

using testing::two_district_process;

Ballot sentrum(std::vector<std::string> ids) {
  return {"pb-2027", "sentrum", std::move(ids)};
}

TEST(KnapsackBallot, AcceptsProposalsWithinTheDistrictBudget) {
  EXPECT_TRUE(validate(sentrum({"benker", "park"}), two_district_process()).empty());
}

TEST(KnapsackBallot, AcceptsATotalExactlyAtTheBudget) {
  EXPECT_TRUE(validate(sentrum({"park", "leksekafe"}), two_district_process()).empty());
}

TEST(KnapsackBallot, RejectsTotalOverBudgetWithTotalAndLimit) {
  const auto problems = validate(sentrum({"benker", "park", "leksekafe"}), two_district_process());
  ASSERT_EQ(codes_of(problems), std::vector{ErrorCode::kOverBudget});
  EXPECT_EQ(problems[0].amount, kroner(1'200'000));
  EXPECT_EQ(problems[0].limit, kroner(1'000'000));
}

TEST(KnapsackBallot, RejectsTotalUnderTheMinimumSpend) {
  Process process = two_district_process();
  process.ballot.min_spend_percent = 50;
  const auto problems = validate(sentrum({"benker"}), process);
  ASSERT_EQ(codes_of(problems), std::vector{ErrorCode::kUnderMinimumSpend});
  EXPECT_EQ(problems[0].limit, kroner(500'000));
}

TEST(KnapsackBallot, MinimumSpendRoundsUpToTheNextOre) {
  Process process = two_district_process();
  process.budgets[0].budget = 101;
  process.ballot.min_spend_percent = 50;
  EXPECT_EQ(minimum_spend(process, "sentrum"), 51);
}

TEST(Ballot, RejectsAnEmptyBallot) {
  EXPECT_EQ(codes_of(validate(sentrum({}), two_district_process())),
            std::vector{ErrorCode::kEmptyBallot});
}

TEST(Ballot, RejectsAnUnknownDistrict) {
  const Ballot ballot{"pb-2027", "nowhere", {"benker"}};
  EXPECT_EQ(codes_of(validate(ballot, two_district_process())),
            std::vector{ErrorCode::kUnknownDistrict});
}

TEST(Ballot, RejectsABallotForAnotherProcess) {
  const Ballot ballot{"pb-2026", "sentrum", {"benker"}};
  EXPECT_EQ(codes_of(validate(ballot, two_district_process())),
            std::vector{ErrorCode::kUnknownProcess});
}

TEST(Ballot, ReportsEveryProblemNotJustTheFirst) {
  const auto problems =
      validate(sentrum({"ghost", "skoyte", "sykkel", "benker", "benker"}), two_district_process());
  EXPECT_EQ(codes_of(problems),
            (std::vector{ErrorCode::kUnknownProposal, ErrorCode::kProposalNotOnBallot,
                         ErrorCode::kProposalInOtherDistrict, ErrorCode::kDuplicateProposal}));
  EXPECT_EQ(problems[0].subject, "ghost");
  EXPECT_EQ(problems[3].subject, "benker");
}

TEST(Ballot, ReportsADuplicateOnceHoweverOftenItRepeats) {
  const auto problems = validate(sentrum({"benker", "benker", "benker"}), two_district_process());
  EXPECT_EQ(codes_of(problems), std::vector{ErrorCode::kDuplicateProposal});
}

TEST(Ballot, CountsADuplicateProposalsCostOnce) {
  EXPECT_EQ(ballot_cost(sentrum({"benker", "benker"}), two_district_process()), kroner(200'000));
}

TEST(ApprovalBallot, AcceptsAnyNumberWhenThereIsNoLimit) {
  Process process = two_district_process();
  process.ballot = {BallotFormat::kApproval, 0, 0};
  EXPECT_TRUE(validate(sentrum({"benker", "park", "leksekafe"}), process).empty());
}

TEST(ApprovalBallot, RejectsMoreApprovalsThanTheLimit) {
  Process process = two_district_process();
  process.ballot = {BallotFormat::kApproval, 2, 0};
  const auto problems = validate(sentrum({"benker", "park", "leksekafe"}), process);
  ASSERT_EQ(codes_of(problems), std::vector{ErrorCode::kTooManyApprovals});
  EXPECT_EQ(problems[0].amount, 3);
  EXPECT_EQ(problems[0].limit, 2);
}

TEST(WhyCannotAdd, SaysNothingWhenTheProposalFits) {
  EXPECT_FALSE(why_cannot_add(sentrum({"benker"}), two_district_process(), "park"));
}

// Regression: the reason used to be the ballot's over-budget sentence with the
// total it would reach ("Valgene dine koster ..."), as if it cost too much already.
TEST(WhyCannotAdd, SaysWhatTheProposalCostsAndWhatIsLeft) {
  const auto over =
      why_cannot_add(sentrum({"benker", "park"}), two_district_process(), "leksekafe");
  ASSERT_TRUE(over);
  EXPECT_EQ(over->code, ErrorCode::kNotEnoughLeft);
  EXPECT_EQ(over->amount, kroner(300'000));
  EXPECT_EQ(over->limit, kroner(100'000));
  EXPECT_EQ(sentence(*over, Language::kNorwegianBokmal),
            "Dette forslaget koster 300\u00a0000\u00a0kr, men du har bare 100\u00a0000\u00a0kr "
            "igjen av budsjettet.");
  EXPECT_EQ(sentence(*over, Language::kDanish, "DKK"),
            "Dette forslag koster 300.000\u00a0kr., men du har kun 100.000\u00a0kr. tilbage af "
            "budgettet.");
  EXPECT_EQ(sentence(*over, Language::kEnglish),
            "This proposal costs NOK\u00a0300,000, but you only have NOK\u00a0100,000 left of your "
            "budget.");
}

TEST(WhyCannotAdd, SaysTheWholeBudgetIsSpentWhenNothingIsLeft) {
  const auto over =
      why_cannot_add(sentrum({"park", "leksekafe"}), two_district_process(), "benker");
  ASSERT_TRUE(over);
  EXPECT_EQ(over->code, ErrorCode::kNotEnoughLeft);
  EXPECT_EQ(over->limit, 0);
  EXPECT_EQ(sentence(*over, Language::kEnglish),
            "This proposal costs NOK\u00a0200,000, and you have spent your whole budget.");
  EXPECT_EQ(sentence(*over, Language::kNorwegianBokmal),
            "Dette forslaget koster 200\u00a0000\u00a0kr, og du har brukt hele budsjettet.");
  EXPECT_EQ(sentence(*over, Language::kDanish, "DKK"),
            "Dette forslag koster 200.000\u00a0kr., og du har brugt hele budgettet.");
}

TEST(WhyCannotAdd, SaysAlreadyChosen) {
  const auto problem = why_cannot_add(sentrum({"park"}), two_district_process(), "park");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->code, ErrorCode::kDuplicateProposal);
}

TEST(WhyCannotAdd, SaysOtherDistrict) {
  const auto problem = why_cannot_add(sentrum({}), two_district_process(), "sykkel");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->code, ErrorCode::kProposalInOtherDistrict);
}

TEST(WhyCannotAdd, SaysTheApprovalLimitIsReached) {
  Process process = two_district_process();
  process.ballot = {BallotFormat::kApproval, 1, 0};
  const auto problem = why_cannot_add(sentrum({"park"}), process, "benker");
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->code, ErrorCode::kNoChoicesLeft);
  EXPECT_EQ(sentence(*problem, Language::kEnglish),
            "You have chosen 1 proposal, as many as you may. Remove another to choose this one.");
  EXPECT_EQ(sentence(*problem, Language::kNorwegianBokmal),
            "Du har valgt 1 forslag, så mange du kan. Fjern et annet for å velge dette.");
  EXPECT_EQ(sentence(*problem, Language::kDanish),
            "Du har valgt 1 forslag, så mange som du kan. Fjern et andet for at vælge dette.");
}

}  // namespace
}  // namespace sammen

namespace sammen {
namespace {

using testing::two_district_process;

TEST(BudgetBar, KnapsackShowsMoneySpentOfTheBudgetAndTheMinimum) {
  Process process = two_district_process();
  process.ballot.min_spend_percent = 50;
  const BudgetBar bar = budget_bar({"pb-2027", "sentrum", {"park", "park"}}, process);
  EXPECT_EQ(bar.measure, BudgetBar::Measure::kMoney);
  EXPECT_EQ(bar.used, kroner(700'000));
  EXPECT_EQ(bar.limit, kroner(1'000'000));
  EXPECT_EQ(bar.minimum, kroner(500'000));
}

TEST(BudgetBar, ApprovalCountsChosenProposalsAgainstTheLimit) {
  Process process = two_district_process();
  process.ballot = {BallotFormat::kApproval, 3, 0};
  const BudgetBar bar = budget_bar({"pb-2027", "sentrum", {"park", "benker"}}, process);
  EXPECT_EQ(bar.measure, BudgetBar::Measure::kCount);
  EXPECT_EQ(bar.used, 2);
  EXPECT_EQ(bar.limit, 3);
  EXPECT_EQ(bar.minimum, 0);
}

TEST(BudgetBar, KnapsackInAnUnknownDistrictCountsInstead) {
  const BudgetBar bar = budget_bar({"pb-2027", "nowhere", {"park"}}, two_district_process());
  EXPECT_EQ(bar.measure, BudgetBar::Measure::kCount);
  EXPECT_EQ(bar.used, 1);
}

TEST(VotingStyle, EachFormatHasItsOwnStyle) {
  EXPECT_EQ(&voting_style(BallotFormat::kApproval), &approval_voting());
  EXPECT_EQ(&voting_style(BallotFormat::kKnapsack), &knapsack_voting());
}

TEST(VotingStyle, ApprovalHasNoBudgetLimit) {
  Process process = two_district_process();
  process.ballot = {BallotFormat::kApproval, 0, 0};
  EXPECT_FALSE(approval_voting().why_cannot_add({"pb-2027", "sentrum", {"park", "leksekafe"}},
                                                process, "benker"));
  EXPECT_TRUE(knapsack_voting().why_cannot_add({"pb-2027", "sentrum", {"park", "leksekafe"}},
                                               process, "benker"));
}

}  // namespace
}  // namespace sammen
