#include "sammen/wire.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen {
namespace {

using testing::two_district_process;
using wire::Json;

std::vector<ErrorCode> codes(const std::vector<Problem>& problems) {
  std::vector<ErrorCode> out;
  for (const Problem& p : problems) out.push_back(p.code);
  return out;
}

Json submission(Json proposal_ids) {
  return {{"version", 1}, {"voter_code", "ELV-1"}, {"district_id", "sentrum"},
          {"proposal_ids", std::move(proposal_ids)}, {"language", "da"}};
}

TEST(Wire, ProcessRoundTripsUnchanged) {
  const Process original = two_district_process();
  const auto decoded = wire::decode_process(wire::encode(original));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(wire::encode(decoded.value()), wire::encode(original));
  EXPECT_EQ(decoded.value().proposals[1].production, ProductionForm::kCoProduction);
  EXPECT_EQ(decoded.value().budgets[0].budget, kroner(1'000'000));
}

TEST(Wire, ProcessDetailRoundTripsWithMunicipalityAndState) {
  wire::ProcessDetail detail{{"elvestad", "Elvestad kommune", "NOK", {{"sentrum", "Sentrum"}, {"ostbyen", "Østbyen"}}},
                             two_district_process(), 1500, PhaseKind::kVoting, true};
  const auto decoded = wire::decode_process_detail(wire::encode(detail));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().municipality.districts[1].name, "Østbyen");
  EXPECT_EQ(decoded.value().phase, PhaseKind::kVoting);
  EXPECT_TRUE(decoded.value().voting_open);
  EXPECT_EQ(wire::encode(decoded.value()), wire::encode(detail));
}

TEST(Wire, ResultRoundTripsWithExplanationsInTheChosenLanguage) {
  const Process process = two_district_process();
  const ProcessResult result =
      count_process(process, {{"pb-2027", "sentrum", {"park"}}, {"pb-2027", "sentrum", {"benker"}}});
  const Json json = wire::encode(result, process, Language::kEnglish, "NOK");
  EXPECT_EQ(json["districts"][0]["proposals"][0]["explanation"].get<std::string>().rfind("Funded", 0), 0u);
  const auto decoded = wire::decode_result(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(wire::encode(decoded.value(), process, Language::kEnglish, "NOK"), json);
}

TEST(Wire, BallotSubmissionRoundTrips) {
  wire::BallotSubmission s{"ELV-1", {"pb-2027", "sentrum", {"park", "benker"}}, Language::kDanish};
  const auto decoded = wire::decode_ballot_submission(wire::encode(s), "pb-2027");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().voter_code, "ELV-1");
  EXPECT_EQ(decoded.value().ballot.proposal_ids, s.ballot.proposal_ids);
  EXPECT_EQ(decoded.value().language, Language::kDanish);
}

TEST(Wire, BallotSubmissionTakesTheProcessFromTheUrl) {
  const auto decoded = wire::decode_ballot_submission(submission({"park"}), "from-url");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().ballot.process_id, "from-url");
}

TEST(Wire, ParseRejectsMalformedJsonWithoutThrowing) {
  const auto parsed = wire::parse("{\"voter_code\": ");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.first_problem().code, ErrorCode::kMalformedJson);
}

TEST(Wire, DecodeNamesEveryFieldOfTheWrongType) {
  Json body = submission({"park", 7});
  body["district_id"] = 12;
  const auto decoded = wire::decode_ballot_submission(body, "pb-2027");
  ASSERT_FALSE(decoded.ok());
  ASSERT_EQ(codes(decoded.problems()), (std::vector{ErrorCode::kWrongType, ErrorCode::kWrongType}));
  EXPECT_EQ(decoded.problems()[0].subject, "district_id");
  EXPECT_EQ(decoded.problems()[1].subject, "proposal_ids[1]");
}

TEST(Wire, DecodeNamesMissingFields) {
  const auto decoded = wire::decode_ballot_submission(Json{{"voter_code", "x"}}, "pb-2027");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(codes(decoded.problems()),
            (std::vector{ErrorCode::kMissingField, ErrorCode::kMissingField}));
}

TEST(Wire, DecodeRejectsABodyThatIsNotAnObject) {
  const auto decoded = wire::decode_ballot_submission(Json::array({1, 2}), "pb-2027");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().code, ErrorCode::kWrongType);
}

TEST(Wire, DecodeRejectsAnUnsupportedVersion) {
  Json body = submission({"park"});
  body["version"] = 2;
  const auto decoded = wire::decode_ballot_submission(body, "pb-2027");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().code, ErrorCode::kUnsupportedVersion);
}

TEST(Wire, DecodeRejectsUnknownEnumValues) {
  Json process = wire::encode(two_district_process());
  process["rung"] = "manipulation";
  const auto decoded = wire::decode_process(process);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().subject, "process.rung");
}

TEST(Wire, DecodeRejectsIntegersBeyondSixtyFourBits) {
  Json process = wire::encode(two_district_process());
  process["budgets"][0]["budget"] = 18446744073709551615ull;
  const auto decoded = wire::decode_process(process);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().subject, "process.budgets[0].budget");
}

TEST(Wire, DecodeRejectsAFractionalAmount) {
  Json process = wire::encode(two_district_process());
  process["proposals"][0]["cost"] = 12.5;
  EXPECT_FALSE(wire::decode_process(process).ok());
}

TEST(Wire, ErrorBodyCarriesCodeSentenceAndEveryProblem) {
  const Json error = wire::encode_error(
      {{ErrorCode::kEmptyBallot, ""}, {ErrorCode::kUnknownDistrict, "vest"}}, Language::kEnglish);
  EXPECT_EQ(error["error"]["code"], "ballot.empty");
  EXPECT_EQ(error["error"]["message"], "Choose at least one proposal.");
  ASSERT_EQ(error["error"]["problems"].size(), 2u);
  EXPECT_EQ(error["error"]["problems"][1]["subject"], "vest");
}

}  // namespace
}  // namespace sammen
