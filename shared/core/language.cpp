#include "sammen/core/language.h"

namespace sammen {
namespace {

struct LanguageRow {
  Language language;
  std::string_view tag;
  std::string_view name;
  std::string_view aliases[2];
};

constexpr LanguageRow kLanguages[] = {
    {Language::kNorwegianBokmal, "nb", "Norsk bokmål", {"no", "nb-NO"}},
    {Language::kDanish, "da", "Dansk", {"da-DK", ""}},
    {Language::kEnglish, "en", "English", {"en-GB", "en-US"}},
};

const LanguageRow& row(Language language) {
  for (const LanguageRow& r : kLanguages) {
    if (r.language == language) return r;
  }
  return kLanguages[0];
}

}  // namespace

std::string_view language_tag(Language language) {
  return row(language).tag;
}

std::string_view language_name(Language language) {
  return row(language).name;
}

std::optional<Language> language_from_tag(std::string_view tag) {
  if (tag.empty()) return std::nullopt;
  for (const LanguageRow& r : kLanguages) {
    if (r.tag == tag || r.aliases[0] == tag || r.aliases[1] == tag) return r.language;
  }
  return std::nullopt;
}

}  // namespace sammen
