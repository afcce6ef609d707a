// The ballots use cases, without sockets, on a real SQLite file.
#include "ballots/use_cases.h"

#include <gtest/gtest.h>

#include "sammen/ballots/fingerprint.h"
#include "sammen/people/attempts.h"
#include "test_database.h"
#include "test_process.h"

namespace sammen::testing {
namespace {

namespace ballots = server::ballots;

constexpr UnixSeconds kVotingDay = kSeedTime + kDay;
constexpr const char* kAddress = "192.0.2.1";

class BallotsUseCases : public ::testing::Test {
 protected:
  BallotsUseCases() { t_.plant(); }

  BallotSubmission submission(std::size_t voter, std::string district,
                              std::vector<std::string> ids) {
    return {"",
            t_.seed().codes.voter_codes.at(voter),
            {t_.seed().process.id, std::move(district), std::move(ids)},
            std::nullopt};
  }
  // The same ballot cast again with the receipt of an earlier answer.
  BallotSubmission with_receipt(const Result<BallotReceipt>& earlier, std::string district,
                                std::vector<std::string> ids) {
    return {earlier.value().receipt,
            "",
            {t_.seed().process.id, std::move(district), std::move(ids)},
            std::nullopt};
  }

  TestDatabase t_;
  server::VotingGate voting_;
  server::credentials::Stores credentials_{
      *t_.credentials, *t_.processes, {*t_.ballots, t_.voter_codes(), t_.attempts()}, voting_};
  ballots::Committer committer_{*t_.ballots};
  ballots::Stores stores_{*t_.ballots, committer_, *t_.processes, voting_, credentials_, t_.db()};
};

TEST_F(BallotsUseCases, SubmitStoresAValidBallot) {
  const Result<BallotReceipt> receipt =
      ballots::submit(stores_, submission(0, "stranda", {"strandrydding"}), kAddress, kVotingDay);
  ASSERT_TRUE(receipt.ok());
  EXPECT_FALSE(receipt.value().replaced);
  const std::vector<StoredBallot> stored = t_.ballots->all(t_.seed().process.id).value();
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].mark, receipt.value().mark);
}

TEST_F(BallotsUseCases, SubmitWithTheReceiptReplacesItsBallot) {
  const Result<BallotReceipt> first =
      ballots::submit(stores_, submission(0, "stranda", {"strandrydding"}), kAddress, kVotingDay);
  ASSERT_TRUE(first.ok());
  const Result<BallotReceipt> again = ballots::submit(
      stores_, with_receipt(first, "sentrum", {"leksekafe"}), kAddress, kVotingDay + 1);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again.value().replaced);
  EXPECT_EQ(t_.ballots->all(t_.seed().process.id).value()[0].ballot.district_id, "sentrum");
}

TEST_F(BallotsUseCases, SubmitAgainWithTheCodeIsRefusedAndKeepsTheBallot) {
  ASSERT_TRUE(
      ballots::submit(stores_, submission(0, "stranda", {"strandrydding"}), kAddress, kVotingDay)
          .ok());
  EXPECT_EQ(ballots::submit(stores_, submission(0, "sentrum", {"leksekafe"}), kAddress, kVotingDay)
                .first_problem()
                .code,
            ErrorCode::kCredentialAlreadyIssued);
  EXPECT_EQ(t_.ballots->all(t_.seed().process.id).value()[0].ballot.district_id, "stranda");
}

TEST_F(BallotsUseCases, ABallotWithProblemsUsesNoCredential) {
  ASSERT_FALSE(ballots::submit(stores_, submission(0, "stranda", {}), kAddress, kVotingDay).ok());
  EXPECT_TRUE(
      ballots::submit(stores_, submission(0, "stranda", {"strandrydding"}), kAddress, kVotingDay)
          .ok());
}

TEST_F(BallotsUseCases, SubmitNamesTheFieldOfAMissingOrUnknownVoterCode) {
  BallotSubmission s = submission(0, "stranda", {"strandrydding"});
  s.voter_code = " - ";
  EXPECT_EQ(ballots::submit(stores_, s, kAddress, kVotingDay).first_problem().code,
            ErrorCode::kVoterCodeMissing);
  s.voter_code = "ELV-AAAA-AA";
  const Result<BallotReceipt> unknown = ballots::submit(stores_, s, kAddress, kVotingDay);
  EXPECT_EQ(unknown.first_problem().code, ErrorCode::kVoterCodeUnknown);
  EXPECT_EQ(unknown.first_problem().subject, "voter_code");
}

TEST_F(BallotsUseCases, SubmitRefusesABallotOutsideTheVote) {
  EXPECT_EQ(
      ballots::submit(stores_, submission(0, "stranda", {"strandrydding"}), kAddress, kSeedTime - 10 * kDay)
          .first_problem()
          .code,
      ErrorCode::kVotingNotOpen);
  EXPECT_TRUE(t_.ballots->all(t_.seed().process.id).value().empty());
}

TEST_F(BallotsUseCases, SubmitReportsEveryProblemOfTheBallotAndStoresNothing) {
  const Result<BallotReceipt> r = ballots::submit(
      stores_, submission(0, "ostbyen", {"dagaktivitet", "dagaktivitet", "leksekafe"}), kAddress,
      kVotingDay);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(codes_of(r.problems()),
            (std::vector{ErrorCode::kDuplicateProposal, ErrorCode::kProposalInOtherDistrict}));
  EXPECT_TRUE(t_.ballots->all(t_.seed().process.id).value().empty());
}

TEST_F(BallotsUseCases, SubmitSaysTheBallotsProblemsBeforeLookingAtTheCode) {
  BallotSubmission s = submission(0, "ostbyen", {"leksekafe"});
  s.voter_code = "ELV-AAAA-AA";
  EXPECT_EQ(ballots::submit(stores_, s, kAddress, kVotingDay).first_problem().code,
            ErrorCode::kProposalInOtherDistrict);
  for (int i = 0; i < 20; ++i) ballots::submit(stores_, s, kAddress, kVotingDay);
  EXPECT_TRUE(t_.attempts().may_try({"voter-code address " + std::string(kAddress)},
                                    kVoterCodePolicy, kVotingDay)
                  .ok())
      << "a ballot refused for its own problems tried no code";
}

TEST_F(BallotsUseCases, AFailedGroupCommitStoresNothingAndSaysSo) {
  const Result<BallotReceipt> first =
      ballots::submit(stores_, submission(0, "stranda", {"kajakkbod"}), kAddress, kVotingDay);
  ASSERT_TRUE(first.ok());
  t_.db().fail({.commits = true});
  const Result<BallotReceipt> r = ballots::submit(
      stores_, with_receipt(first, "stranda", {"badebrygge"}), kAddress, kVotingDay);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.first_problem().code, ErrorCode::kStorageFailed);
  t_.db().fail({});
  EXPECT_EQ(t_.ballots->all(t_.seed().process.id).value().at(0).ballot.proposal_ids,
            std::vector<std::string>{"kajakkbod"});
  EXPECT_TRUE(ballots::submit(stores_, with_receipt(first, "stranda", {"badebrygge"}), kAddress,
                              kVotingDay)
                  .ok());
}

TEST_F(BallotsUseCases, AFailedCommitOfACodesBallotIssuesNoCredential) {
  t_.db().fail({.commits = true});
  const Result<BallotReceipt> r =
      ballots::submit(stores_, submission(0, "stranda", {"kajakkbod"}), kAddress, kVotingDay);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.first_problem().code, ErrorCode::kStorageFailed);
  t_.db().fail({});
  EXPECT_TRUE(t_.ballots->all(t_.seed().process.id).value().empty());
  EXPECT_TRUE(
      ballots::submit(stores_, submission(0, "stranda", {"kajakkbod"}), kAddress, kVotingDay).ok());
}

TEST_F(BallotsUseCases, SubmitToAnUnknownProcessSaysSo) {
  BallotSubmission s = submission(0, "stranda", {"strandrydding"});
  s.ballot.process_id = "nope";
  EXPECT_EQ(ballots::submit(stores_, s, kAddress, kVotingDay).first_problem().code,
            ErrorCode::kUnknownProcess);
}

TEST_F(BallotsUseCases, MineGivesTheVotersOwnBallotOnly) {
  const Result<BallotReceipt> cast =
      ballots::submit(stores_, submission(0, "stranda", {"kajakkbod"}), kAddress, kVotingDay);
  ASSERT_TRUE(cast.ok());
  const std::string& id = t_.seed().process.id;
  const Result<OwnBallot> mine = ballots::mine(stores_, id, cast.value().receipt);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine.value().ballot.proposal_ids, std::vector<std::string>{"kajakkbod"});
  const Result<OwnBallot> none = ballots::mine(stores_, id, "");
  EXPECT_EQ(none.first_problem().code, ErrorCode::kReceiptMalformed);
  EXPECT_EQ(none.first_problem().subject, "receipt");
}

TEST_F(BallotsUseCases, TheBallotBoxIsTheAdministratorsWithItsFingerprint) {
  ASSERT_TRUE(ballots::submit(stores_, submission(0, "stranda", {"kajakkbod"}), kAddress, kVotingDay).ok());
  const std::string& id = t_.seed().process.id;
  EXPECT_EQ(ballots::box(stores_, nobody(), id).first_problem().code, ErrorCode::kSignInRequired);
  EXPECT_EQ(ballots::box(stores_, person_with({Role::kModerator}), id).first_problem().code,
            ErrorCode::kRoleRequired);
  const Result<BallotBox> box = ballots::box(stores_, administrator(), id);
  ASSERT_TRUE(box.ok());
  ASSERT_EQ(box.value().ballots.size(), 1u);
  EXPECT_EQ(box.value().fingerprint, ballots_fingerprint({box.value().ballots[0].ballot}));
}

TEST_F(BallotsUseCases, ABallotForADistrictThatDoesNotTakePartIsRefused) {
  Process p = t_.seed().process;
  p.eligibility.district_ids = {"stranda"};
  ASSERT_TRUE(t_.processes->save(p).ok());
  const Result<BallotReceipt> r =
      ballots::submit(stores_, submission(0, "sentrum", {"leksekafe"}), kAddress, kVotingDay);
  EXPECT_EQ(r.first_problem().code, ErrorCode::kOutsideDistricts);
  EXPECT_EQ(r.first_problem().subject, "Strandå");
  EXPECT_TRUE(
      ballots::submit(stores_, submission(0, "stranda", {"strandrydding"}), kAddress, kVotingDay)
          .ok());
}

TEST_F(BallotsUseCases, GuessingCodesFromOneAddressIsSlowedDown) {
  BallotSubmission guess = submission(0, "stranda", {"strandrydding"});
  for (int i = 0; i < kVoterCodePolicy.free_failures + 1; ++i) {
    guess.voter_code = "ELV-GUES-S" + std::to_string(i);
    EXPECT_EQ(ballots::submit(stores_, guess, kAddress, kVotingDay).first_problem().code,
              ErrorCode::kVoterCodeUnknown);
  }
  const Result<BallotReceipt> refused =
      ballots::submit(stores_, submission(0, "stranda", {"strandrydding"}), kAddress, kVotingDay);
  EXPECT_EQ(refused.first_problem().code, ErrorCode::kTooManyAttempts)
      << "even a right code waits: the answer reveals nothing";
  EXPECT_TRUE(ballots::submit(stores_, submission(0, "stranda", {"strandrydding"}), "192.0.2.99",
                              kVotingDay)
                  .ok());
}

}  // namespace
}  // namespace sammen::testing
