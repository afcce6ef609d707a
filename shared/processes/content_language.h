// Content language: the language residents' and the municipality's own texts
// are written in (proposal titles and summaries, process and district names).
//
// Sammen does not record it yet. Until a municipality names it, it is read
// from the municipality's currency: NOK means Bokmål, DKK Danish; any other
// currency leaves it unknown. A page in another language marks such texts
// with their language (lang="nb"), so a screen reader says them right.
#pragma once

#include <optional>

#include "sammen/core/language.h"
#include "sammen/processes/municipality.h"

namespace sammen {

std::optional<Language> content_language(const Municipality& municipality);

}  // namespace sammen
