// Text: lengths in characters, trimming, and cutting without breaking a character.
#include "sammen/core/text.h"

#include <gtest/gtest.h>

namespace sammen {
namespace {

TEST(Text, CountsCharactersNotBytes) {
  EXPECT_EQ(count_chars("Østbyen"), 7u);
  EXPECT_EQ(count_chars(""), 0u);
}

TEST(Text, TrimsSpacesTabsAndLineEnds) {
  EXPECT_EQ(trimmed(" \t Kari \r\n"), "Kari");
  EXPECT_EQ(trimmed("   "), "");
}

TEST(Text, CutsAtCharactersNeverInsideOne) {
  EXPECT_EQ(first_chars("æøåæø", 3), "æøå");
  EXPECT_EQ(first_chars("abc", 10), "abc");
  EXPECT_EQ(first_chars("abc", 0), "");
}

TEST(Text, LowersOnlyAsciiLetters) {
  EXPECT_EQ(ascii_lower("Kari@ØST.no"), "kari@Øst.no");
}

}  // namespace
}  // namespace sammen
