// Local time in Norway and Denmark: CET, and CEST from the last Sunday of
// March 01:00 UTC to the last Sunday of October 01:00 UTC.
#include <gtest/gtest.h>

#include "sammen/proposals/local_time.h"

namespace sammen {
namespace {

// 2028-03-26 and 2028-10-29 are the last Sundays of March and October 2028.
constexpr UnixSeconds kSpring2028 = 1837645200;  // 2028-03-26 01:00:00 UTC
constexpr UnixSeconds kAutumn2028 = 1856394000;  // 2028-10-29 01:00:00 UTC

TEST(LocalTime, SummerTimeStartsOnTheLastSundayOfMarchAtOneUtc) {
  EXPECT_EQ(summer_time_starts(2028), kSpring2028);
  EXPECT_EQ(summer_time_ends(2028), kAutumn2028);
}

TEST(LocalTime, TheSpringSwitchSkipsFromTwoToThree) {
  const LocalTime before = to_local(TimeZone::kOslo, kSpring2028 - 1);
  EXPECT_EQ(before.hour, 1);
  EXPECT_EQ(before.minute, 59);
  EXPECT_EQ(before.utc_offset_minutes, 60);
  const LocalTime after = to_local(TimeZone::kOslo, kSpring2028);
  EXPECT_EQ(after.hour, 3);
  EXPECT_EQ(after.minute, 0);
  EXPECT_EQ(after.utc_offset_minutes, 120);
}

TEST(LocalTime, TheAutumnSwitchGoesBackFromThreeToTwo) {
  const LocalTime before = to_local(TimeZone::kCopenhagen, kAutumn2028 - 1);
  EXPECT_EQ(before.hour, 2);
  EXPECT_EQ(before.minute, 59);
  EXPECT_EQ(before.utc_offset_minutes, 120);
  const LocalTime after = to_local(TimeZone::kCopenhagen, kAutumn2028);
  EXPECT_EQ(after.hour, 2);
  EXPECT_EQ(after.minute, 0);
  EXPECT_EQ(after.utc_offset_minutes, 60);
}

TEST(LocalTime, MidnightUtcAtNewYearIsOneInTheMorningInOslo) {
  const LocalTime l = to_local(TimeZone::kOslo, 1830297600);  // 2028-01-01 00:00 UTC
  EXPECT_EQ(l.year, 2028);
  EXPECT_EQ(l.month, 1);
  EXPECT_EQ(l.day, 1);
  EXPECT_EQ(l.hour, 1);
}

TEST(LocalTime, ADateIsSaidInEachLanguage) {
  const UnixSeconds t = kAutumn2028 - 3600;  // 23:00 UTC on Saturday: 02:00 CEST on Sunday
  EXPECT_EQ(format_local(TimeZone::kOslo, t, Language::kNorwegianBokmal), "29.10.2028 kl. 02:00");
  EXPECT_EQ(format_local(TimeZone::kCopenhagen, t, Language::kDanish), "29.10.2028 kl. 02.00");
  EXPECT_EQ(format_local(TimeZone::kOslo, t, Language::kEnglish), "29 October 2028, 02:00");
}

TEST(LocalTime, DanishKronerMeanCopenhagen) {
  Municipality m;
  m.currency = "DKK";
  EXPECT_EQ(zone_of(m), TimeZone::kCopenhagen);
  m.currency = "NOK";
  EXPECT_EQ(zone_of(m), TimeZone::kOslo);
}

}  // namespace
}  // namespace sammen
