// Language: the languages Sammen's interface speaks.
//
// Norwegian Bokmål, Danish and English. Every sentence the model produces for a
// person (validation problems, explanations) exists in all three; wire ids
// ("nb", "da", "en") are BCP 47 tags and stable.
#pragma once

#include <optional>
#include <string_view>

namespace sammen {

enum class Language { kNorwegianBokmal, kDanish, kEnglish };

inline constexpr Language kAllLanguages[] = {Language::kNorwegianBokmal, Language::kDanish,
                                             Language::kEnglish};

std::string_view language_tag(Language language);       // "nb", "da", "en"
std::string_view language_name(Language language);      // "Norsk bokmål", "Dansk", "English"
std::optional<Language> language_from_tag(std::string_view tag);

// Picks the text for `language` out of three translations.
constexpr std::string_view pick(Language language, std::string_view nb, std::string_view da,
                                std::string_view en) {
  switch (language) {
    case Language::kNorwegianBokmal: return nb;
    case Language::kDanish: return da;
    case Language::kEnglish: return en;
  }
  return en;
}

}  // namespace sammen
