// The wire mapping of processes: round trips, and what a reader refuses.
#include "sammen/processes/wire.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen {
namespace {

using testing::two_district_process;

TEST(Wire, ProcessRoundTripsUnchanged) {
  const Process original = two_district_process();
  const auto decoded = decode<Process>(Json(original), "process");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(Json(decoded.value()), Json(original));
  EXPECT_EQ(decoded.value().proposals[1].production, ProductionForm::kCoProduction);
  EXPECT_EQ(decoded.value().budgets[0].budget, kroner(1'000'000));
}

TEST(Wire, ProcessCarriesItsRuleEligibilityAndTranslations) {
  Process p = two_district_process();
  p.counting_rule = counting::Rule::kPhragmen;
  p.eligibility = {13, 19, {"sentrum"}};
  p.translations = {{Language::kEnglish, "Citizens' budget", "Decide together."}};
  const Json j = p;
  EXPECT_EQ(j["counting_rule"], "phragmen");
  EXPECT_EQ(j["eligibility"], Json({{"min_age", 13}, {"max_age", 19}, {"district_ids", {"sentrum"}}}));
  EXPECT_EQ(j["translations"][0]["language"], "en");
  EXPECT_EQ(Json(decode<Process>(j).value()), j);
}

TEST(Wire, AMunicipalityNamesItsLanguages) {
  Municipality m{"town", "Town", "NOK", {{"a", "A"}}, {Language::kDanish, Language::kEnglish}};
  EXPECT_EQ(Json(m)["languages"], Json({"da", "en"}));
  EXPECT_EQ(Json(decode<Municipality>(Json(m)).value()), Json(m));
  Json without = m;
  without.erase("languages");
  EXPECT_EQ(decode<Municipality>(without).value().languages,
            std::vector<Language>{Language::kNorwegianBokmal});
  without["languages"] = {"nb", "xx"};
  EXPECT_EQ(decode<Municipality>(without).first_problem().subject, "languages[1]");
}

TEST(Wire, ProcessDetailRoundTripsWithMunicipalityAndState) {
  ProcessDetail detail{
      {"elvestad", "Elvestad kommune", "NOK", {{"sentrum", "Sentrum"}, {"ostbyen", "Østbyen"}}},
      two_district_process(),
      1500,
      PhaseKind::kVoting,
      true};
  const auto decoded = decode<ProcessDetail>(Json(detail));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().municipality.districts[1].name, "Østbyen");
  EXPECT_EQ(decoded.value().phase, PhaseKind::kVoting);
  EXPECT_TRUE(decoded.value().voting_open);
  EXPECT_EQ(Json(decoded.value()), Json(detail));
}

TEST(Wire, DecodeRejectsUnknownEnumValues) {
  Json process = two_district_process();
  process["rung"] = "manipulation";
  const auto decoded = decode<Process>(process, "process");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().subject, "process.rung");
}

TEST(Wire, DecodeRejectsIntegersBeyondSixtyFourBits) {
  Json process = two_district_process();
  process["budgets"][0]["budget"] = 18446744073709551615ull;
  const auto decoded = decode<Process>(process, "process");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().subject, "process.budgets[0].budget");
}

TEST(Wire, DecodeRejectsAFractionalAmount) {
  Json process = two_district_process();
  process["proposals"][0]["cost"] = 12.5;
  EXPECT_FALSE(decode<Process>(process, "process").ok());
}

TEST(Wire, SummaryGivesTheProcessAsItStandsAtThatMoment) {
  const Process process = two_district_process();
  const ProcessSummary voting = summarize(process, 1500);
  EXPECT_EQ(voting.id, "pb-2027");
  EXPECT_EQ(voting.rung, Rung::kCoDecide);
  EXPECT_EQ(voting.phase, PhaseKind::kVoting);
  EXPECT_TRUE(voting.voting_open);
  EXPECT_FALSE(voting.result_published);
  const ProcessSummary after = summarize(process, 9000);
  EXPECT_EQ(after.phase, std::nullopt);
  EXPECT_FALSE(after.voting_open);
}

TEST(Wire, SummaryKeepsTheFieldsOfTheProcessList) {
  const Json json = summarize(two_district_process(), 9000);
  EXPECT_EQ(json.dump(),
            R"({"id":"pb-2027","phase":null,"result_published":false,"rung":"co_decide",)"
            R"("title":"Innbyggerbudsjett 2027","voting_open":false})");
}

TEST(Wire, SummaryRoundTrips) {
  const ProcessSummary summary = summarize(two_district_process(), 700);
  const auto decoded = decode<ProcessSummary>(Json(summary), "process");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().phase, PhaseKind::kReview);
  EXPECT_EQ(Json(decoded.value()), Json(summary));
}

TEST(Wire, ProcessListRoundTripsWithItsMunicipality) {
  const Process process = two_district_process();
  const ProcessList list{
      Municipality{"elvestad", "Elvestad kommune", "NOK", {{"sentrum", "Sentrum"}}},
      {summarize(process, 1500), summarize(process, 2500)}};
  const Json json = list;
  EXPECT_EQ(json["version"], kWireVersion);
  const auto decoded = decode<ProcessList>(json);
  ASSERT_TRUE(decoded.ok());
  ASSERT_EQ(decoded.value().processes.size(), 2u);
  EXPECT_EQ(decoded.value().processes[1].phase, PhaseKind::kResults);
  EXPECT_EQ(decoded.value().municipality->name, "Elvestad kommune");
  EXPECT_EQ(Json(decoded.value()), json);
}

TEST(Wire, ProcessListBeforeAFirstSetupHasANullMunicipality) {
  const Json json = ProcessList{};
  EXPECT_TRUE(json["municipality"].is_null());
  EXPECT_EQ(json["processes"], Json::array());
  const auto decoded = decode<ProcessList>(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_FALSE(decoded.value().municipality.has_value());
}

TEST(Wire, ProcessListNamesTheRowOfAWrongField) {
  Json json = ProcessList{std::nullopt, {summarize(two_district_process(), 0)}};
  json["processes"][0]["voting_open"] = "yes";
  const auto decoded = decode<ProcessList>(json);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().subject, "processes[0].voting_open");
}

TEST(Wire, VotingClosedIsTheSummaryWithAVersion) {
  Process process = two_district_process();
  process.voting_closed = true;
  Json expected = summarize(process, 1500);
  expected["version"] = kWireVersion;
  EXPECT_EQ(Json(VotingClosed{summarize(process, 1500)}), expected);
}

}  // namespace
}  // namespace sammen
