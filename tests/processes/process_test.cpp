#include "sammen/processes/process.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen {
namespace {

using testing::two_district_process;

TEST(Process, CurrentPhaseIsTheWindowHoldingNow) {
  const Process p = two_district_process();
  EXPECT_EQ(current_phase(p, 0), PhaseKind::kIdeas);
  EXPECT_EQ(current_phase(p, 999), PhaseKind::kReview);
  EXPECT_EQ(current_phase(p, 1000), PhaseKind::kVoting);
  EXPECT_EQ(current_phase(p, 2999), PhaseKind::kResults);
  EXPECT_FALSE(current_phase(p, 3000));
}

TEST(Process, VotingIsOpenOnlyInsideTheVotingWindow) {
  const Process p = two_district_process();
  EXPECT_FALSE(voting_open(p, 999));
  EXPECT_TRUE(voting_open(p, 1000));
  EXPECT_TRUE(voting_open(p, 1999));
  EXPECT_FALSE(voting_open(p, 2000));
}

TEST(Process, VotingClosedByAnAdministratorIsClosedInsideTheWindow) {
  Process p = two_district_process();
  p.voting_closed = true;
  EXPECT_FALSE(voting_open(p, 1500));
}

TEST(Process, NoVotingOnARungThatDoesNotAllowIt) {
  Process p = two_district_process();
  p.rung = Rung::kConsult;
  EXPECT_FALSE(voting_open(p, 1500));
}

TEST(Process, SaysVotingHasNotOpenedBeforeTheWindow) {
  const auto why = why_voting_is_not_open(two_district_process(), 999);
  ASSERT_TRUE(why);
  EXPECT_EQ(why->code, ErrorCode::kVotingNotOpen);
}

TEST(Process, SaysVotingHasClosedAfterTheWindow) {
  const auto why = why_voting_is_not_open(two_district_process(), 2000);
  ASSERT_TRUE(why);
  EXPECT_EQ(why->code, ErrorCode::kVotingClosed);
}

TEST(Process, SaysVotingHasClosedOncePublished) {
  Process p = two_district_process();
  p.result_published = true;
  const auto why = why_voting_is_not_open(p, 1500);
  ASSERT_TRUE(why);
  EXPECT_EQ(why->code, ErrorCode::kVotingClosed);
}

TEST(Process, SaysWhichRungForbidsVoting) {
  Process p = two_district_process();
  p.rung = Rung::kConsult;
  const auto why = why_voting_is_not_open(p, 1500);
  ASSERT_TRUE(why);
  EXPECT_EQ(why->code, ErrorCode::kRungForbids);
  EXPECT_EQ(why->subject, "consult");
}

TEST(Process, FindsBudgetsAndProposalsById) {
  const Process p = two_district_process();
  ASSERT_NE(find_budget(p, "ostbyen"), nullptr);
  EXPECT_EQ(find_budget(p, "ostbyen")->budget, kroner(500'000));
  EXPECT_EQ(find_budget(p, "vestbyen"), nullptr);
  ASSERT_NE(find_proposal(p, "park"), nullptr);
  EXPECT_EQ(find_proposal(p, "park")->title, "Innbyggerpark");
}

TEST(Proposal, OnlyAcceptedAndCountedProposalsStandOnTheBallot) {
  Proposal p;
  for (auto [status, expected] : {std::pair{ProposalStatus::kDraft, false},
                                  {ProposalStatus::kSubmitted, false},
                                  {ProposalStatus::kAccepted, true},
                                  {ProposalStatus::kRejected, false},
                                  {ProposalStatus::kMerged, false},
                                  {ProposalStatus::kSelected, true},
                                  {ProposalStatus::kNotSelected, true}}) {
    p.status = status;
    EXPECT_EQ(on_ballot(p), expected) << kProposalStatusIds.id(status);
  }
}

}  // namespace
}  // namespace sammen
