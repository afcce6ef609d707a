// Language: the languages Sammen's interface speaks.
//
// Norwegian Bokmål, Danish and English. Every message exists in all three
// (catalog.h); the tags ("nb", "da", "en") are BCP 47 and stable on the wire.
#pragma once

#include <optional>
#include <string_view>

namespace sammen {

enum class Language { kNorwegianBokmal, kDanish, kEnglish };

inline constexpr Language kAllLanguages[] = {Language::kNorwegianBokmal, Language::kDanish,
                                             Language::kEnglish};

std::string_view language_tag(Language language);   // "nb", "da", "en"
std::string_view language_name(Language language);  // "Norsk bokmål", "Dansk", "English"
// The language of a tag; also takes "no", "nb-NO", "da-DK", "en-GB" and "en-US".
std::optional<Language> language_from_tag(std::string_view tag);

}  // namespace sammen
