// Where the canvas client's text wraps. Regression: Dear ImGui's wrapping
// breaks after '.' and ',', which split amounts ("1.500.\n000 kr.",
// "NOK 1,500,\n000"); amounts now never break.
#include "core/line_break.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sammen/core/language.h"
#include "sammen/core/money.h"

namespace sammen::client {
namespace {

// Every character one unit wide, so widths are counts of characters.
float one(char32_t) { return 1.0f; }

std::vector<std::string> lines(std::string_view text, float width) {
  std::vector<std::string> out;
  for (const LineSpan& line : break_lines(text, width, one)) {
    out.emplace_back(text.substr(line.begin, line.end - line.begin));
  }
  return out;
}

// True when no line break falls strictly inside the first occurrence of `part`.
bool kept_whole(std::string_view text, std::string_view part, float width) {
  const std::size_t at = text.find(part);
  if (at == std::string_view::npos) return false;
  for (const LineSpan& line : break_lines(text, width, one)) {
    if (line.begin > at && line.begin < at + part.size()) return false;
    if (line.end > at && line.end < at + part.size()) return false;
  }
  return true;
}

TEST(LineBreak, BreaksAtSpacesAndDropsThem) {
  EXPECT_EQ(lines("Velg forslagene du vil ha", 12),
            (std::vector<std::string>{"Velg", "forslagene", "du vil ha"}));
}

TEST(LineBreak, NeverBreaksADanishAmountAfterItsFullStops) {
  const std::string amount = format_money(kroner(1'500'000), "DKK", Language::kDanish);
  const std::string text = "Budget: " + amount + " i alt";
  // "Budget: 1.500." is 14 characters: Dear ImGui broke there.
  for (float width = 14; width < 30; ++width) EXPECT_TRUE(kept_whole(text, amount, width)) << width;
  EXPECT_EQ(lines(text, 16)[1], amount + " i");
}

TEST(LineBreak, NeverBreaksAnEnglishAmountAfterItsCommas) {
  const std::string amount = format_money(kroner(1'500'000), "NOK", Language::kEnglish);
  const std::string text = "Spent " + amount + " of " + amount;
  for (float width = 13; width < 40; ++width) EXPECT_TRUE(kept_whole(text, amount, width)) << width;
}

TEST(LineBreak, NeverBreaksAtANoBreakSpace) {
  const std::string amount = format_money(kroner(2'500'000), "NOK", Language::kNorwegianBokmal);
  ASSERT_EQ(amount, "2\u00a0500\u00a0000\u00a0kr");
  const std::string text = "Budsjett: " + amount;
  EXPECT_EQ(lines(text, 14), (std::vector<std::string>{"Budsjett:", amount}));
}

TEST(LineBreak, CutsOnlyAWordWiderThanTheLine) {
  EXPECT_EQ(lines("ab 0123456789abcdef", 6),
            (std::vector<std::string>{"ab", "012345", "6789ab", "cdef"}));
}

TEST(LineBreak, MeasuresCodePointsNotBytes) {
  EXPECT_EQ(lines("blåbær på Østbyen", 10),
            (std::vector<std::string>{"blåbær på", "Østbyen"}));
}

TEST(LineBreak, KeepsNewlinesAndEmptyLines) {
  EXPECT_EQ(lines("a\n\nb c", 10), (std::vector<std::string>{"a", "", "b c"}));
  EXPECT_EQ(lines("", 10), (std::vector<std::string>{""}));
}

}  // namespace
}  // namespace sammen::client
