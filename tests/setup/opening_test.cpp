// Opening voting: when it may open, and what opening does to the phases.
#include "sammen/setup/opening.h"

#include <gtest/gtest.h>

#include "sammen/setup/freeze.h"
#include "test_process.h"

namespace sammen::testing {
namespace {

constexpr RollState kRoll{100, true};

TEST(Opening, StartsTheVotingPhaseNowAndEndsTheEarlierOnes) {
  const Result<Process> p = opened(two_district_process(), kRoll, 700);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(voting_open(p.value(), 700));
  EXPECT_EQ(p.value().phases[2].starts_at, 700);
  EXPECT_EQ(p.value().phases[2].ends_at, 2000);
  EXPECT_EQ(p.value().phases[1].ends_at, 700) << "the review ends as voting opens";
  EXPECT_LE(p.value().phases[0].ends_at, p.value().phases[1].starts_at);
  EXPECT_TRUE(settings_frozen(p.value(), 700));
}

TEST(Opening, EarlierPhasesStillInTheFutureStayInOrder) {
  const Result<Process> p = opened(two_district_process(), kRoll, 100);  // during ideas
  ASSERT_TRUE(p.ok());
  for (std::size_t i = 0; i + 1 < p.value().phases.size(); ++i) {
    EXPECT_LT(p.value().phases[i].starts_at, p.value().phases[i].ends_at) << i;
    EXPECT_LE(p.value().phases[i].ends_at, p.value().phases[i + 1].starts_at) << i;
  }
}

TEST(Opening, AnOpenVoteStaysAsItIs) {
  const Process p = two_district_process();
  EXPECT_EQ(opened(p, kRoll, 1500).value().phases[2].starts_at, 1000);
}

TEST(Opening, SaysEverythingThatIsMissing) {
  Process p = two_district_process();
  p.phases.erase(p.phases.begin() + 2);  // no voting phase
  for (Proposal& proposal : p.proposals) proposal.status = ProposalStatus::kDraft;
  const Result<Process> r = opened(p, {0, true}, 700);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(codes_of(r.problems()), (std::vector{ErrorCode::kNoVotingPhase,
                                                 ErrorCode::kNothingOnBallot,
                                                 ErrorCode::kRollMissing}));
}

TEST(Opening, ARollForOtherEligibilityMustBeImportedAgain) {
  EXPECT_EQ(opened(two_district_process(), {100, false}, 700).first_problem().code,
            ErrorCode::kRollStale);
}

TEST(Opening, AClosedVoteOrARungWithoutVotingCannotOpen) {
  Process closed = two_district_process();
  closed.voting_closed = true;
  EXPECT_EQ(opened(closed, kRoll, 700).first_problem().code, ErrorCode::kVotingClosed);
  Process consult = two_district_process();
  consult.rung = Rung::kConsult;
  EXPECT_EQ(opened(consult, kRoll, 700).first_problem().code, ErrorCode::kRungForbids);
  EXPECT_EQ(opened(two_district_process(), kRoll, 2500).first_problem().code,
            ErrorCode::kNoVotingPhase)
      << "the voting phase has ended";
}

}  // namespace
}  // namespace sammen::testing
