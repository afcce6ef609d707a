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

TEST(Wire, ResultNamesItsRuleAndTieBreakInTheChosenLanguage) {
  const Process process = two_district_process();
  const ProcessResult result = count_process(process, {{"pb-2027", "sentrum", {"park"}}});
  const Json json = wire::encode(result, process, Language::kDanish, "DKK");
  EXPECT_EQ(json["rule"], "greedy");
  EXPECT_EQ(json["rule_name"], rule_name(counting::Rule::kGreedy, Language::kDanish));
  EXPECT_EQ(json["tie_break_name"],
            tie_break_name(counting::TieBreak::kCostThenVotes, Language::kDanish));
  Json without_names = json;
  without_names.erase("rule_name");
  without_names.erase("tie_break_name");
  EXPECT_TRUE(wire::decode_result(without_names).ok())
      << "the names are for people; decoders ignore them";
}

TEST(Wire, SummaryGivesTheProcessAsItStandsAtThatMoment) {
  const Process process = two_district_process();
  const wire::ProcessSummary voting = wire::summarize(process, 1500);
  EXPECT_EQ(voting.id, "pb-2027");
  EXPECT_EQ(voting.rung, Rung::kCoDecide);
  EXPECT_EQ(voting.phase, PhaseKind::kVoting);
  EXPECT_TRUE(voting.voting_open);
  EXPECT_FALSE(voting.result_published);
  const wire::ProcessSummary after = wire::summarize(process, 9000);
  EXPECT_EQ(after.phase, std::nullopt);
  EXPECT_FALSE(after.voting_open);
}

TEST(Wire, SummaryKeepsTheFieldsOfTheProcessList) {
  const Json json = wire::encode(wire::summarize(two_district_process(), 9000));
  EXPECT_EQ(json.dump(),
            R"({"id":"pb-2027","phase":null,"result_published":false,"rung":"co_decide",)"
            R"("title":"Innbyggerbudsjett 2027","voting_open":false})");
}

TEST(Wire, SummaryRoundTrips) {
  const wire::ProcessSummary summary = wire::summarize(two_district_process(), 700);
  const auto decoded = wire::decode_process_summary(wire::encode(summary));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().phase, PhaseKind::kReview);
  EXPECT_EQ(wire::encode(decoded.value()), wire::encode(summary));
}

TEST(Wire, ProcessListRoundTripsWithItsMunicipality) {
  const Process process = two_district_process();
  const wire::ProcessList list{
      Municipality{"elvestad", "Elvestad kommune", "NOK", {{"sentrum", "Sentrum"}}},
      {wire::summarize(process, 1500), wire::summarize(process, 2500)}};
  const Json json = wire::encode(list);
  EXPECT_EQ(json["version"], wire::kVersion);
  const auto decoded = wire::decode_process_list(json);
  ASSERT_TRUE(decoded.ok());
  ASSERT_EQ(decoded.value().processes.size(), 2u);
  EXPECT_EQ(decoded.value().processes[1].phase, PhaseKind::kResults);
  EXPECT_EQ(decoded.value().municipality->name, "Elvestad kommune");
  EXPECT_EQ(wire::encode(decoded.value()), json);
}

TEST(Wire, ProcessListBeforeAFirstSetupHasANullMunicipality) {
  const Json json = wire::encode(wire::ProcessList{});
  EXPECT_TRUE(json["municipality"].is_null());
  EXPECT_EQ(json["processes"], Json::array());
  const auto decoded = wire::decode_process_list(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_FALSE(decoded.value().municipality.has_value());
}

TEST(Wire, ProcessListNamesTheRowOfAWrongField) {
  Json json =
      wire::encode(wire::ProcessList{std::nullopt, {wire::summarize(two_district_process(), 0)}});
  json["processes"][0]["voting_open"] = "yes";
  const auto decoded = wire::decode_process_list(json);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().subject, "processes[0].voting_open");
}

TEST(Wire, DemoCodesRoundTrip) {
  const wire::DemoCodes demo{"pb-2027", {"ELV-AAAA-AA", "ELV-BBBB-BB"}};
  const Json json = wire::encode(demo);
  EXPECT_EQ(json["version"], wire::kVersion);
  const auto decoded = wire::decode_demo_codes(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().process_id, "pb-2027");
  EXPECT_EQ(decoded.value().voter_codes, demo.voter_codes);
}

TEST(Wire, DemoCodesNameACodeOfTheWrongType) {
  Json json = wire::encode(wire::DemoCodes{"pb-2027", {"ELV-AAAA-AA"}});
  json["voter_codes"].push_back(42);
  const auto decoded = wire::decode_demo_codes(json);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().subject, "voter_codes[1]");
}

TEST(Wire, BallotReceiptSaysStoredAndRoundTrips) {
  const wire::BallotReceipt receipt{true, {"pb-2027", "sentrum", {"park", "benker"}}, 1234};
  const Json json = wire::encode(receipt);
  EXPECT_EQ(json["status"], "stored");
  EXPECT_EQ(json["version"], wire::kVersion);
  const auto decoded = wire::decode_ballot_receipt(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_TRUE(decoded.value().replaced);
  EXPECT_EQ(decoded.value().ballot.process_id, "pb-2027");
  EXPECT_EQ(decoded.value().ballot.proposal_ids, receipt.ballot.proposal_ids);
  EXPECT_EQ(decoded.value().stored_at, 1234);
  EXPECT_EQ(wire::encode(decoded.value()), json);
}

TEST(Wire, BallotReceiptWithoutItsBallotIsRejected) {
  Json json = wire::encode(wire::BallotReceipt{});
  json.erase("ballot");
  const auto decoded = wire::decode_ballot_receipt(json);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().code, ErrorCode::kMissingField);
  EXPECT_EQ(decoded.first_problem().subject, "ballot");
}

TEST(Wire, NewEnvelopesRejectAnUnsupportedVersion) {
  Json list = wire::encode(wire::ProcessList{});
  Json demo = wire::encode(wire::DemoCodes{"pb-2027", {}});
  Json receipt = wire::encode(wire::BallotReceipt{});
  Json error = wire::encode_error({{ErrorCode::kEmptyBallot, ""}}, Language::kEnglish);
  for (Json* j : {&list, &demo, &receipt, &error}) (*j)["version"] = 2;
  EXPECT_EQ(wire::decode_process_list(list).first_problem().code, ErrorCode::kUnsupportedVersion);
  EXPECT_EQ(wire::decode_demo_codes(demo).first_problem().code, ErrorCode::kUnsupportedVersion);
  EXPECT_EQ(wire::decode_ballot_receipt(receipt).first_problem().code,
            ErrorCode::kUnsupportedVersion);
  EXPECT_EQ(wire::decode_error(error).first_problem().code, ErrorCode::kUnsupportedVersion);
}

TEST(Wire, ErrorRoundTripsWithAmountAndLimitSoItCanBeSaidInAnotherLanguage) {
  const std::vector<Problem> sent = {
      {ErrorCode::kOverBudget, "sentrum", kroner(1'200'000), kroner(1'000'000)},
      {ErrorCode::kTooManyApprovals, "", 5, 3}};
  const Json json = wire::encode_error(sent, Language::kNorwegianBokmal, "NOK");
  EXPECT_EQ(json["version"], wire::kVersion);
  EXPECT_EQ(json["error"]["problems"][0]["amount"], kroner(1'200'000));
  EXPECT_EQ(json["error"]["problems"][0]["limit"], kroner(1'000'000));
  const auto decoded = wire::decode_error(json);
  ASSERT_TRUE(decoded.ok());
  const std::vector<Problem>& got = decoded.value().problems;
  ASSERT_EQ(got.size(), 2u);
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].code, sent[i].code);
    EXPECT_EQ(got[i].subject, sent[i].subject);
    EXPECT_EQ(got[i].amount, sent[i].amount);
    EXPECT_EQ(got[i].limit, sent[i].limit);
  }
  EXPECT_EQ(sentence(got[1], Language::kEnglish),
            "You may choose at most 3 proposals; you chose 5.");
  EXPECT_EQ(sentence(got[0], Language::kEnglish, "NOK"),
            sentence(sent[0], Language::kEnglish, "NOK"));
}

TEST(Wire, ErrorFromAnOlderServerWithoutAmountsStillDecodes) {
  Json json = wire::encode_error({{ErrorCode::kUnknownDistrict, "vest"}}, Language::kEnglish);
  json.erase("version");
  json["error"]["problems"][0].erase("amount");
  json["error"]["problems"][0].erase("limit");
  const auto decoded = wire::decode_error(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().problems[0].subject, "vest");
  EXPECT_EQ(decoded.value().problems[0].amount, 0);
}

TEST(Wire, ErrorWithACodeThisBuildDoesNotKnowKeepsTheServersWords) {
  Json json = wire::encode_error({{ErrorCode::kEmptyBallot, ""}}, Language::kEnglish);
  json["error"]["code"] = "ballot.too_colourful";
  json["error"]["message"] = "Too many colours.";
  json["error"]["problems"][0]["code"] = "ballot.too_colourful";
  const auto decoded = wire::decode_error(json);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().code, ErrorCode::kWrongType);
  EXPECT_EQ(decoded.first_problem().subject, "error.problems[0].code");
  const wire::ErrorWords words = wire::error_words(json);
  EXPECT_EQ(words.code, "ballot.too_colourful");
  EXPECT_EQ(words.message, "Too many colours.");
}

TEST(Wire, ErrorWithoutProblemsIsRejected) {
  Json json = wire::encode_error({{ErrorCode::kEmptyBallot, ""}}, Language::kEnglish);
  json["error"]["problems"] = Json::array();
  EXPECT_EQ(wire::decode_error(json).first_problem().subject, "error.problems");
  EXPECT_EQ(wire::decode_error(Json{{"version", 1}}).first_problem().subject, "error");
  EXPECT_TRUE(wire::error_words(Json::array()).message.empty());
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
