// Language: the languages Sammen's interface speaks.
//
// Norwegian Bokmål, Danish and English. Every message exists in all three
// (catalog.h); the tags ("nb", "da", "en") are BCP 47 and stable on the wire.
#pragma once

#include <optional>
#include <string_view>

#include "sammen/core/enum_table.h"

namespace sammen {

enum class Language { kNorwegianBokmal, kDanish, kEnglish };

inline constexpr Language kAllLanguages[] = {Language::kNorwegianBokmal, Language::kDanish,
                                             Language::kEnglish};

inline constexpr auto kLanguageTags = enum_table<Language>(
    {{Language::kNorwegianBokmal, "nb"}, {Language::kDanish, "da"}, {Language::kEnglish, "en"}});

// Each language's name in itself, the same whatever language is chosen.
inline constexpr auto kLanguageNames =
    enum_table<Language>({{Language::kNorwegianBokmal, "Norsk bokmål"},
                          {Language::kDanish, "Dansk"},
                          {Language::kEnglish, "English"}});

std::string_view language_tag(Language language);   // "nb", "da", "en"
std::string_view language_name(Language language);  // "Norsk bokmål", "Dansk", "English"
// The language of a tag; also takes "no", "nb-NO", "da-DK", "en-GB" and "en-US".
std::optional<Language> language_from_tag(std::string_view tag);

}  // namespace sammen
