// The wire mapping of ballots: submissions in, receipts and ballot lists out.
#include "sammen/ballots/wire.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen {
namespace {

using testing::codes_of;

Json submission(Json proposal_ids) {
  return {{"version", 1},
          {"voter_code", "ELV-1"},
          {"district_id", "sentrum"},
          {"proposal_ids", std::move(proposal_ids)},
          {"language", "da"}};
}

TEST(Wire, BallotSubmissionRoundTrips) {
  BallotSubmission s{"", "ELV-1", {"", "sentrum", {"park", "benker"}}, Language::kDanish};
  const auto decoded = decode<BallotSubmission>(Json(s));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().voter_code, "ELV-1");
  EXPECT_EQ(decoded.value().ballot.proposal_ids, s.ballot.proposal_ids);
  EXPECT_EQ(decoded.value().language, Language::kDanish);
}

TEST(Wire, BallotSubmissionNeverTakesItsProcessFromTheBody) {
  Json body = submission({"park"});
  body["process_id"] = "from-body";
  const auto decoded = decode<BallotSubmission>(body);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().ballot.process_id, "") << "the route sets it from the URL";
}

TEST(Wire, DecodeNamesEveryFieldOfTheWrongType) {
  Json body = submission({"park", 7});
  body["district_id"] = 12;
  const auto decoded = decode<BallotSubmission>(body);
  ASSERT_FALSE(decoded.ok());
  ASSERT_EQ(codes_of(decoded.problems()),
            (std::vector{ErrorCode::kWrongType, ErrorCode::kWrongType}));
  EXPECT_EQ(decoded.problems()[0].subject, "district_id");
  EXPECT_EQ(decoded.problems()[1].subject, "proposal_ids[1]");
}

TEST(Wire, DecodeNamesMissingFields) {
  const auto decoded = decode<BallotSubmission>(Json{{"voter_code", "x"}});
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(codes_of(decoded.problems()),
            (std::vector{ErrorCode::kMissingField, ErrorCode::kMissingField,
                         ErrorCode::kMissingField}));
  EXPECT_EQ(decoded.problems()[0].subject, "version");
}

TEST(Wire, DecodeRejectsABodyThatIsNotAnObject) {
  const auto decoded = decode<BallotSubmission>(Json::array({1, 2}));
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().code, ErrorCode::kWrongType);
  EXPECT_EQ(decoded.first_problem().subject, "body");
}

TEST(Wire, DecodeRejectsAnUnsupportedVersion) {
  Json body = submission({"park"});
  body["version"] = 2;
  const auto decoded = decode<BallotSubmission>(body);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().code, ErrorCode::kUnsupportedVersion);
}

TEST(Wire, BallotSubmissionRejectsALanguageSammenDoesNotSpeak) {
  Json body = submission({"park"});
  body["language"] = "fr";
  const auto decoded = decode<BallotSubmission>(body);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().subject, "language");
  body["language"] = "";
  EXPECT_FALSE(decode<BallotSubmission>(body).value().language.has_value()) << "empty is absent";
}

TEST(Wire, BallotReceiptSaysStoredAndRoundTrips) {
  const BallotReceipt receipt{true, {"pb-2027", "sentrum", {"park", "benker"}}, "m", "R"};
  const Json json = receipt;
  EXPECT_EQ(json["status"], "stored");
  EXPECT_EQ(json["version"], kWireVersion);
  const auto decoded = decode<BallotReceipt>(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_TRUE(decoded.value().replaced);
  EXPECT_EQ(decoded.value().ballot.process_id, "pb-2027");
  EXPECT_EQ(decoded.value().ballot.proposal_ids, receipt.ballot.proposal_ids);
  EXPECT_EQ(decoded.value().mark, "m");
  EXPECT_EQ(decoded.value().receipt, "R");
  EXPECT_EQ(Json(decoded.value()), json);
}

TEST(Wire, BallotReceiptWithoutItsBallotIsRejected) {
  Json json = BallotReceipt{};
  json.erase("ballot");
  const auto decoded = decode<BallotReceipt>(json);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().code, ErrorCode::kMissingField);
  EXPECT_EQ(decoded.first_problem().subject, "ballot");
}

TEST(Wire, BallotBoxListsEveryBallotFlatWithItsFingerprint) {
  const BallotBox box =
      ballot_box({{{"p", "sentrum", {"park"}}, "m5"}, {{"p", "ostbyen", {"sykkel"}}, "m6"}});
  const Json json = box;
  EXPECT_EQ(json["version"], kWireVersion);
  EXPECT_EQ(json["count"], 2);
  EXPECT_EQ(json["ballots_fingerprint"], box.fingerprint);
  EXPECT_EQ(json["ballots"][0], (Json{{"process_id", "p"},
                                      {"district_id", "sentrum"},
                                      {"proposal_ids", {"park"}},
                                      {"mark", "m5"}}));
}

TEST(Wire, OwnBallotNestsTheBallot) {
  const Json json = OwnBallot{{"p", "sentrum", {"park"}}, "m7"};
  EXPECT_EQ(json["version"], kWireVersion);
  EXPECT_EQ(json["ballot"]["proposal_ids"], Json({"park"}));
  EXPECT_EQ(json["mark"], "m7");
  EXPECT_FALSE(json.contains("submitted_at"));
}

}  // namespace
}  // namespace sammen
