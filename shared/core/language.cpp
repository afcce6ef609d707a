#include "sammen/core/language.h"

#include <utility>

namespace sammen {
namespace {

// Regional and older tags that name a language Sammen speaks.
constexpr std::pair<std::string_view, Language> kAliases[] = {
    {"no", Language::kNorwegianBokmal}, {"nb-NO", Language::kNorwegianBokmal},
    {"da-DK", Language::kDanish},       {"en-GB", Language::kEnglish},
    {"en-US", Language::kEnglish},
};

}  // namespace

std::string_view language_tag(Language language) {
  return kLanguageTags.id(language);
}

std::string_view language_name(Language language) {
  return kLanguageNames.id(language);
}

std::optional<Language> language_from_tag(std::string_view tag) {
  if (const std::optional<Language> language = kLanguageTags.parse(tag)) return language;
  for (const auto& [alias, language] : kAliases) {
    if (alias == tag) return language;
  }
  return std::nullopt;
}

}  // namespace sammen
