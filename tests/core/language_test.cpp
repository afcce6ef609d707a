// Languages: their tags both ways, and the tags that stand for them.
#include "sammen/core/language.h"

#include <gtest/gtest.h>

namespace sammen {
namespace {

TEST(Language, EveryLanguageRoundTripsThroughItsTag) {
  for (Language language : kAllLanguages) {
    EXPECT_EQ(language_from_tag(language_tag(language)), language);
    EXPECT_FALSE(language_name(language).empty());
  }
}

TEST(Language, RegionalTagsNameTheLanguage) {
  EXPECT_EQ(language_from_tag("no"), Language::kNorwegianBokmal);
  EXPECT_EQ(language_from_tag("nb-NO"), Language::kNorwegianBokmal);
  EXPECT_EQ(language_from_tag("da-DK"), Language::kDanish);
  EXPECT_EQ(language_from_tag("en-US"), Language::kEnglish);
}

TEST(Language, ATagSammenDoesNotSpeakIsNone) {
  EXPECT_EQ(language_from_tag("sv"), std::nullopt);
  EXPECT_EQ(language_from_tag(""), std::nullopt);
}

}  // namespace
}  // namespace sammen
