// Who of a roll gets a code, and the census of those who do.
#include "sammen/rolls/selection.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen::testing {
namespace {

// Voting starts in 2027 (t=1000 is 1970, so the test process moves its phases).
Process youth_process() {
  Process p = two_district_process();
  const UnixSeconds year_2027 = 1'798'761'600;  // 2027-01-01
  for (Phase& phase : p.phases) {
    phase.starts_at += year_2027;
    phase.ends_at += year_2027;
  }
  p.eligibility = {13, 19, {"sentrum"}};
  return p;
}

Roll roll_of(std::vector<std::pair<int, std::string>> people) {
  Roll roll;
  int line = 2;
  for (auto& [year, district] : people)
    roll.entries.push_back({"Name", "Address", year, district, line++});
  return roll;
}

TEST(Selection, KeepsOnlyThoseTheEligibilityTakesAndCountsWhyNot) {
  const Roll roll = roll_of({{2014, "sentrum"},    // 13: in
                             {2015, "sentrum"},    // 12: too young
                             {2008, "sentrum"},    // 19: in
                             {2007, "sentrum"},    // 20: too old
                             {2010, "ostbyen"}});  // outside the district
  const Selection s = select_voters(roll, youth_process(), 0);
  EXPECT_EQ(s.voters, (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(s.left_out.too_young, 1);
  EXPECT_EQ(s.left_out.too_old, 1);
  EXPECT_EQ(s.left_out.outside_districts, 1);
  EXPECT_EQ(s.census.year, 2027);
  EXPECT_EQ(s.census.total, 2);
}

TEST(Selection, WithoutRulesEveryoneInADistrictWithABudgetIsIn) {
  Process p = youth_process();
  p.eligibility = {};
  const Selection s = select_voters(roll_of({{1950, "ostbyen"}, {2020, "sentrum"}}), p, 0);
  EXPECT_EQ(s.voters.size(), 2u);
  p.budgets.pop_back();  // ostbyen takes no part now
  EXPECT_EQ(select_voters(roll_of({{1950, "ostbyen"}}), p, 0).left_out.outside_districts, 1);
}

TEST(Census, CountsPerDistrictInTheMunicipalitysOrderAndAgeBand) {
  Process p = youth_process();
  p.eligibility = {};
  const Selection s = select_voters(
      roll_of({{1940, "ostbyen"}, {2012, "sentrum"}, {2011, "sentrum"}, {1990, "sentrum"}}), p, 0);
  ASSERT_EQ(s.census.districts.size(), 2u);
  EXPECT_EQ(s.census.districts[0].district_id, "sentrum");
  EXPECT_EQ(s.census.districts[0].total, 3);
  EXPECT_EQ(s.census.districts[0].bands[age_band(15)], 1);
  EXPECT_EQ(s.census.districts[0].bands[age_band(16)], 1);
  EXPECT_EQ(s.census.districts[0].bands[age_band(37)], 1);
  EXPECT_EQ(s.census.districts[1].bands[age_band(87)], 1);
}

TEST(AgeBand, CoversEveryAge) {
  EXPECT_EQ(kAgeBands[age_band(0)].id, "0-15");
  EXPECT_EQ(kAgeBands[age_band(17)].id, "16-17");
  EXPECT_EQ(kAgeBands[age_band(18)].id, "18-24");
  EXPECT_EQ(kAgeBands[age_band(66)].id, "50-66");
  EXPECT_EQ(kAgeBands[age_band(67)].id, "67-79");
  EXPECT_EQ(kAgeBands[age_band(120)].id, "80-");
}

}  // namespace
}  // namespace sammen::testing
