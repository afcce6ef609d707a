#include "sammen/ballots/ballot.h"

#include <gtest/gtest.h>

#include "sammen/ballots/voting_style.h"
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

TEST(WhyCannotAdd, SaysOverBudgetWithTheNewTotal) {
  const auto over =
      why_cannot_add(sentrum({"park", "leksekafe"}), two_district_process(), "benker");
  ASSERT_TRUE(over);
  EXPECT_EQ(over->code, ErrorCode::kOverBudget);
  EXPECT_EQ(over->amount, kroner(1'200'000));
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
  EXPECT_EQ(problem->code, ErrorCode::kTooManyApprovals);
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
