// JSON at the edge: parsing, the reader's rules, and the error envelope.
#include "sammen/core/json.h"

#include <gtest/gtest.h>

#include "sammen/ballots/wire.h"
#include "sammen/core/error_table.h"
#include "sammen/core/error_wire.h"
#include "sammen/demo/wire.h"
#include "sammen/processes/wire.h"

namespace sammen {
namespace {

const Audience kEnglish{Language::kEnglish, "NOK"};

TEST(Wire, ParseRejectsMalformedJsonWithoutThrowing) {
  const auto parsed = parse_json("{\"voter_code\": ");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.first_problem().code, ErrorCode::kMalformedJson);
  EXPECT_EQ(decode_body<BallotSubmission>("{\"voter_code\": ").first_problem().code,
            ErrorCode::kMalformedJson);
}

TEST(Wire, NewEnvelopesRejectAnUnsupportedVersion) {
  Json list = ProcessList{};
  Json demo = DemoCodes{"pb-2027", {}};
  Json receipt = BallotReceipt{};
  Json error = error_envelope({{ErrorCode::kEmptyBallot, ""}}, kEnglish);
  for (Json* j : {&list, &demo, &receipt, &error}) (*j)["version"] = 2;
  EXPECT_EQ(decode<ProcessList>(list).first_problem().code, ErrorCode::kUnsupportedVersion);
  EXPECT_EQ(decode<DemoCodes>(demo).first_problem().code, ErrorCode::kUnsupportedVersion);
  EXPECT_EQ(decode<BallotReceipt>(receipt).first_problem().code, ErrorCode::kUnsupportedVersion);
  EXPECT_EQ(decode<ErrorReport>(error).first_problem().code, ErrorCode::kUnsupportedVersion);
}

TEST(Wire, ErrorRoundTripsWithAmountAndLimitSoItCanBeSaidInAnotherLanguage) {
  const std::vector<Problem> sent = {
      {ErrorCode::kOverBudget, "sentrum", kroner(1'200'000), kroner(1'000'000)},
      {ErrorCode::kTooManyApprovals, "", 5, 3}};
  const Json json = error_envelope(sent, {Language::kNorwegianBokmal, "NOK"});
  EXPECT_EQ(json["version"], kWireVersion);
  EXPECT_EQ(json["error"]["problems"][0]["amount"], kroner(1'200'000));
  EXPECT_EQ(json["error"]["problems"][0]["limit"], kroner(1'000'000));
  const auto decoded = decode<ErrorReport>(json);
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
  Json json = error_envelope({{ErrorCode::kUnknownDistrict, "vest"}}, kEnglish);
  json.erase("version");
  json["error"]["problems"][0].erase("amount");
  json["error"]["problems"][0].erase("limit");
  const auto decoded = decode<ErrorReport>(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().problems[0].subject, "vest");
  EXPECT_EQ(decoded.value().problems[0].amount, 0);
}

TEST(Wire, ErrorWithACodeThisBuildDoesNotKnowKeepsTheServersWords) {
  Json json = error_envelope({{ErrorCode::kEmptyBallot, ""}}, kEnglish);
  json["error"]["code"] = "ballot.too_colourful";
  json["error"]["message"] = "Too many colours.";
  json["error"]["problems"][0]["code"] = "ballot.too_colourful";
  const auto decoded = decode<ErrorReport>(json);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().code, ErrorCode::kWrongType);
  EXPECT_EQ(decoded.first_problem().subject, "error.problems[0].code");
  const ErrorWords words = error_words(json);
  EXPECT_EQ(words.code, "ballot.too_colourful");
  EXPECT_EQ(words.message, "Too many colours.");
}

TEST(Wire, ErrorWithoutProblemsIsRejected) {
  Json json = error_envelope({{ErrorCode::kEmptyBallot, ""}}, kEnglish);
  json["error"]["problems"] = Json::array();
  EXPECT_EQ(decode<ErrorReport>(json).first_problem().subject, "error.problems");
  EXPECT_EQ(decode<ErrorReport>(Json{{"version", 1}}).first_problem().subject, "error");
  EXPECT_TRUE(error_words(Json::array()).message.empty());
}

TEST(Wire, ErrorBodyCarriesCodeSentenceAndEveryProblem) {
  const Json error = error_envelope(
      {{ErrorCode::kEmptyBallot, ""}, {ErrorCode::kUnknownDistrict, "vest"}}, kEnglish);
  EXPECT_EQ(error["error"]["code"], "ballot.empty");
  EXPECT_EQ(error["error"]["message"], "Choose at least one proposal.");
  ASSERT_EQ(error["error"]["problems"].size(), 2u);
  EXPECT_EQ(error["error"]["problems"][1]["subject"], "vest");
}

// A small type to see the reader's rules on their own.
struct Sample {
  std::string name;
  std::int64_t count = 0;
  bool flag = false;
  std::optional<Language> language;
  std::vector<std::string> tags;
};

void read(JsonReader& r, Sample& s) {
  r.required("name", s.name);
  r.optional("count", s.count);
  r.optional("flag", s.flag);
  r.optional("language", s.language, kLanguageTags);
  r.optional("tags", s.tags);
}

TEST(JsonReader, TakesNullAsAbsent) {
  const auto decoded =
      decode<Sample>(Json{{"name", "x"}, {"count", nullptr}, {"language", nullptr}});
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().count, 0);
  EXPECT_FALSE(decoded.value().language.has_value());
  EXPECT_EQ(decode<Sample>(Json{{"name", nullptr}}).first_problem().code, ErrorCode::kMissingField);
}

TEST(JsonReader, ChecksTheTypeOfAnOptionalFieldThatIsPresent) {
  const auto decoded = decode<Sample>(Json{{"name", "x"}, {"flag", "yes"}, {"tags", "a"}});
  ASSERT_FALSE(decoded.ok());
  ASSERT_EQ(decoded.problems().size(), 2u);
  EXPECT_EQ(decoded.problems()[0].subject, "flag");
  EXPECT_EQ(decoded.problems()[1].subject, "tags");
}

TEST(JsonReader, ReadsAnEnumByItsIdOnly) {
  EXPECT_EQ(decode<Sample>(Json{{"name", "x"}, {"language", "da"}}).value().language,
            Language::kDanish);
  EXPECT_EQ(decode<Sample>(Json{{"name", "x"}, {"language", 1}}).first_problem().subject,
            "language");
  EXPECT_EQ(decode<Sample>(Json{{"name", "x"}, {"language", "sv"}}).first_problem().code,
            ErrorCode::kWrongType);
}

TEST(JsonReader, NamesTheObjectInEveryProblem) {
  const auto decoded = decode<Sample>(Json{{"count", "many"}}, "sample");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.problems()[0].subject, "sample.name");
  EXPECT_EQ(decoded.problems()[1].subject, "sample.count");
}

TEST(JsonReader, DumpReplacesInvalidUtf8InsteadOfThrowing) {
  EXPECT_EQ(dump_json(Json("ELV-\xff")), "\"ELV-\xef\xbf\xbd\"");
}

}  // namespace
}  // namespace sammen
