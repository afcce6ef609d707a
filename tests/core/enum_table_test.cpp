// EnumTable: ids both ways, one row per value.
#include "sammen/core/enum_table.h"

#include <gtest/gtest.h>

namespace sammen {
namespace {

enum class Colour { kRed, kGreen };
constexpr auto kColourIds = enum_table<Colour>({{Colour::kRed, "red"}, {Colour::kGreen, "green"}});

TEST(EnumTable, GivesTheIdOfAValue) {
  EXPECT_EQ(kColourIds.id(Colour::kGreen), "green");
  static_assert(kColourIds.id(Colour::kRed) == "red", "usable at compile time");
}

TEST(EnumTable, ParsesAnIdBackAndRefusesOnesItDoesNotKnow) {
  EXPECT_EQ(kColourIds.parse("red"), Colour::kRed);
  EXPECT_EQ(kColourIds.parse("blue"), std::nullopt);
  EXPECT_EQ(kColourIds.parse(""), std::nullopt);
  EXPECT_EQ(kColourIds.size(), 2u);
}

}  // namespace
}  // namespace sammen
