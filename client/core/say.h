// say(): a screen's message in the resident's language, amounts in the
// process's currency. The catalogs are the model's (sammen/<feature>/).
#pragma once

#include <string>
#include <string_view>

#include "sammen/core/catalog.h"

namespace sammen::client {

// The message `key` of `catalog` in `language`, with `args`; amounts in `currency`.
std::string say(const Catalog& catalog, std::string_view key, Language language,
                MessageArgs args = {}, std::string_view currency = "NOK");

}  // namespace sammen::client
