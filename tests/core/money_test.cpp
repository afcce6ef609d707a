#include "sammen/core/money.h"

#include <gtest/gtest.h>

#include <limits>

#include "sammen/core/language.h"

namespace sammen {
namespace {

TEST(Money, KronerAreHundredOre) {
  EXPECT_EQ(kroner(12), 1200);
}

TEST(FormatMoney, NorwegianGroupsWithNoBreakSpaceAndEndsWithKr) {
  EXPECT_EQ(format_money(kroner(1'250'000), "NOK", Language::kNorwegianBokmal),
            "1\u00a0250\u00a0000\u00a0kr");
}

TEST(FormatMoney, DanishGroupsWithDotsAndEndsWithKrDot) {
  EXPECT_EQ(format_money(kroner(1'250'000), "DKK", Language::kDanish), "1.250.000\u00a0kr.");
}

TEST(FormatMoney, EnglishPutsTheCurrencyCodeFirst) {
  EXPECT_EQ(format_money(kroner(1'250'000), "NOK", Language::kEnglish), "NOK\u00a01,250,000");
}

TEST(FormatMoney, ShowsMinorUnitsOnlyWhenNotZero) {
  EXPECT_EQ(format_money(150'05, "NOK", Language::kNorwegianBokmal), "150,05\u00a0kr");
  EXPECT_EQ(format_money(150'00, "NOK", Language::kEnglish), "NOK\u00a0150");
}

TEST(FormatMoney, FormatsZeroAndSmallAmounts) {
  EXPECT_EQ(format_money(0, "NOK", Language::kNorwegianBokmal), "0\u00a0kr");
  EXPECT_EQ(format_money(7, "NOK", Language::kEnglish), "NOK\u00a00.07");
}

TEST(FormatMoney, FormatsNegativeAmountsIncludingTheMostNegative) {
  EXPECT_EQ(format_money(-kroner(1000), "NOK", Language::kNorwegianBokmal), "-1\u00a0000\u00a0kr");
  EXPECT_EQ(format_money(std::numeric_limits<Money>::min(), "NOK", Language::kEnglish),
            "-NOK\u00a092,233,720,368,547,758.08");
}

}  // namespace
}  // namespace sammen
