// The client's own words, one catalog per feature and language.
//
// Only interface text lives in the client's catalogs (buttons, headings,
// hints); sentences about the domain (why a proposal cannot be added, why it
// won or lost, what the ladder rung promises) come from the model's. This
// is the core catalog: what every screen may say.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "sammen/core/catalog.h"

namespace sammen::client {

std::span<const Message> messages_nb();
std::span<const Message> messages_da();
std::span<const Message> messages_en();
inline Catalog messages() {
  return {messages_nb(), messages_da(), messages_en()};
}

// The message `key` of `catalog` in `language`, with `args`; amounts in `currency`.
std::string say(const Catalog& catalog, std::string_view key, Language language,
                MessageArgs args = {}, std::string_view currency = "NOK");

}  // namespace sammen::client
