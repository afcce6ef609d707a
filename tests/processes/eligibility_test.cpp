// Eligibility: who may take part in a process, and each reason as a sentence.
#include "sammen/processes/eligibility.h"

#include <gtest/gtest.h>

#include "sammen/core/error_table.h"
#include "sammen/processes/municipality.h"
#include "test_process.h"

namespace sammen::testing {
namespace {

const Municipality kTown{"town", "Elvestad", "NOK", {{"sentrum", "Sentrum"}, {"ostbyen", "Østbyen"}}};

TEST(CivilYear, IsTheUtcCalendarYear) {
  EXPECT_EQ(civil_year(0), 1970);
  EXPECT_EQ(civil_year(1'798'761'599), 2026);  // 2026-12-31 23:59:59
  EXPECT_EQ(civil_year(1'798'761'600), 2027);
  EXPECT_EQ(civil_year(951'782'400), 2000);   // 2000-02-29
  EXPECT_EQ(civil_year(-1), 1969);
}

TEST(Eligibility, AgesCountInTheYearVotingStarts) {
  Process p = two_district_process();
  EXPECT_EQ(reference_year(p, 5'000'000'000), 1970) << "the voting phase, not now";
  p.phases.erase(p.phases.begin() + 2);
  EXPECT_EQ(reference_year(p, 1'798'761'600), 2027);
}

TEST(Eligibility, AYouthProcessTakesThirteenToNineteen) {
  const Eligibility youth{13, 19, {}};
  EXPECT_TRUE(age_problems(youth, 2014, 2027).empty());
  EXPECT_TRUE(age_problems(youth, 2008, 2027).empty());
  const std::vector<Problem> young = age_problems(youth, 2015, 2027);
  ASSERT_EQ(young.size(), 1u);
  EXPECT_EQ(young[0].code, ErrorCode::kTooYoung);
  EXPECT_EQ(sentence(young[0], Language::kEnglish),
            "This process is for people aged 13 or older; you turn 12 in the year it votes.");
  EXPECT_EQ(age_problems(youth, 2007, 2027).at(0).code, ErrorCode::kTooOld);
  EXPECT_EQ(age_problems(youth, std::nullopt, 2027).at(0).code, ErrorCode::kBirthYearUnknown);
  EXPECT_TRUE(age_problems({}, std::nullopt, 2027).empty()) << "no limits, no age needed";
}

TEST(Eligibility, OneDistrictOnlyNamesItInTheReason) {
  Process p = two_district_process();
  p.eligibility.district_ids = {"ostbyen"};
  const std::vector<Problem> outside = district_problems(p, kTown, "sentrum");
  ASSERT_EQ(outside.size(), 1u);
  EXPECT_EQ(sentence(outside[0], Language::kNorwegianBokmal),
            "Denne prosessen er bare for dem som bor i Østbyen.");
  EXPECT_TRUE(district_problems(p, kTown, "ostbyen").empty());
}

TEST(Eligibility, WithoutNamedDistrictsEveryDistrictWithABudgetTakesPart) {
  const Process p = two_district_process();
  EXPECT_EQ(eligible_districts(p), (std::vector<std::string>{"sentrum", "ostbyen"}));
  EXPECT_EQ(district_problems(p, kTown, "").size(), 1u) << "an unknown home district is outside";
}

TEST(Eligibility, GivesEveryReasonAtOnce) {
  Process p = two_district_process();
  p.eligibility = {13, 19, {"ostbyen"}};
  EXPECT_EQ(codes_of(why_not_eligible(p, kTown, {1950, "sentrum"}, 1500)),
            (std::vector{ErrorCode::kTooOld, ErrorCode::kOutsideDistricts}));
}

TEST(Eligibility, ARollsVoterVotesInTheirHomeDistrict) {
  EXPECT_FALSE(why_not_home_district("sentrum", "sentrum"));
  EXPECT_FALSE(why_not_home_district("sentrum", "")) << "a roll without districts";
  EXPECT_EQ(why_not_home_district("sentrum", "ostbyen")->subject, "ostbyen");
}

}  // namespace
}  // namespace sammen::testing
