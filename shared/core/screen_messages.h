// The screens' words about what every screen may say (loading, errors, back): buttons, headings and hints, one
// catalog per language, shared by the canvas client and the HTML pages so
// both say the same thing. Sentences about the domain (why a proposal cannot
// be added, why it won or lost) come from the model's own catalogs.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> common_screen_messages_nb();
std::span<const Message> common_screen_messages_da();
std::span<const Message> common_screen_messages_en();
inline Catalog common_screen_messages() {
  return {common_screen_messages_nb(), common_screen_messages_da(), common_screen_messages_en()};
}

}  // namespace sammen
