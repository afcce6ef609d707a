// Proposals on a process: added and changed by an administrator, and what
// voting freezes of them.
#include "sammen/setup/proposal_setup.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen::testing {
namespace {


ProposalDraft bench(std::string id = "nye-benker") {
  return {std::move(id), "sentrum", "Nye benker", "Ti benker langs elva.", kroner(80'000),
          ProductionForm::kMunicipal, ProposalStatus::kAccepted};
}

TEST(ProposalSetup, ANewProposalGoesLastOnTheProcess) {
  const Result<Process> p = with_new_proposal(two_district_process(), bench(), kBeforeTheVote);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().proposals.back().id, "nye-benker");
  EXPECT_EQ(p.value().proposals.back().cost, kroner(80'000));
}

TEST(ProposalSetup, ReportsEveryProblemOfANewProposal) {
  ProposalDraft d = bench("benker");  // taken
  d.title = "";
  d.cost = -1;
  d.district_id = "atlantis";
  d.status = ProposalStatus::kSelected;
  const Result<Process> p = with_new_proposal(two_district_process(), d, kBeforeTheVote);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(codes_of(p.problems()),
            (std::vector{ErrorCode::kDuplicateId, ErrorCode::kFieldEmpty,
                         ErrorCode::kNegativeAmount, ErrorCode::kDistrictNotInProcess,
                         ErrorCode::kStatusSetByCount}));
}

TEST(ProposalSetup, AChangeKeepsTheIdAndThePlace) {
  ProposalDraft d = bench("ignored");
  d.cost = kroner(250'000);
  const Result<Process> p =
      with_changed_proposal(two_district_process(), "benker", d, kBeforeTheVote);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().proposals[0].id, "benker");
  EXPECT_EQ(p.value().proposals[0].cost, kroner(250'000));
  EXPECT_EQ(with_changed_proposal(two_district_process(), "nope", d, kBeforeTheVote)
                .first_problem()
                .code,
            ErrorCode::kNoSuchProposal);
}

TEST(ProposalSetup, OnceVotingOpensTheBallotIsFrozenButWordsMayBeCorrected) {
  const Process p = two_district_process();
  EXPECT_EQ(with_new_proposal(p, bench(), kDuringTheVote).first_problem().subject, "proposals");
  ProposalDraft costlier{"benker", "sentrum", "Benker langs elva", "", kroner(200'001),
                         ProductionForm::kMunicipal, ProposalStatus::kAccepted};
  EXPECT_EQ(with_changed_proposal(p, "benker", costlier, kDuringTheVote).first_problem().code,
            ErrorCode::kFrozen);
  ProposalDraft reworded = costlier;
  reworded.cost = kroner(200'000);
  reworded.title = "Benker langs elvebredden";
  reworded.summary = "Nå med tak.";
  EXPECT_TRUE(with_changed_proposal(p, "benker", reworded, kDuringTheVote).ok());
  ProposalDraft draft = bench();
  draft.status = ProposalStatus::kDraft;
  EXPECT_TRUE(with_new_proposal(p, draft, kDuringTheVote).ok())
      << "a draft is not on the ballot";
}

}  // namespace
}  // namespace sammen::testing
