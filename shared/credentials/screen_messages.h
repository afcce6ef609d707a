// The screens' words about the receipt: what it is, what to keep, and what
// the HTML page promises when the browser makes the receipt and what it
// cannot promise when the server does. One catalog per language, shared by
// the canvas client and the HTML pages.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> credential_screen_messages_nb();
std::span<const Message> credential_screen_messages_da();
std::span<const Message> credential_screen_messages_en();
inline Catalog credential_screen_messages() {
  return {credential_screen_messages_nb(), credential_screen_messages_da(),
          credential_screen_messages_en()};
}

}  // namespace sammen
