#include "sammen/language.h"

namespace sammen {

std::string_view language_tag(Language language) {
  return pick(language, "nb", "da", "en");
}

std::string_view language_name(Language language) {
  return pick(language, "Norsk bokmål", "Dansk", "English");
}

std::optional<Language> language_from_tag(std::string_view tag) {
  for (Language language : kAllLanguages) {
    if (language_tag(language) == tag) return language;
  }
  if (tag == "no" || tag == "nb-NO") return Language::kNorwegianBokmal;
  if (tag == "da-DK") return Language::kDanish;
  if (tag == "en-GB" || tag == "en-US") return Language::kEnglish;
  return std::nullopt;
}

}  // namespace sammen
