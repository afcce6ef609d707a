#include "sammen/processes/content_language.h"

namespace sammen {

std::optional<Language> content_language(const Municipality& municipality) {
  if (municipality.currency == "NOK") return Language::kNorwegianBokmal;
  if (municipality.currency == "DKK") return Language::kDanish;
  return std::nullopt;
}

}  // namespace sammen
