// The screens' words about the demo's voter codes: buttons, headings and hints, one
// catalog per language, shared by the canvas client and the HTML pages so
// both say the same thing. Sentences about the domain (why a proposal cannot
// be added, why it won or lost) come from the model's own catalogs.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> demo_screen_messages_nb();
std::span<const Message> demo_screen_messages_da();
std::span<const Message> demo_screen_messages_en();
inline Catalog demo_screen_messages() {
  return {demo_screen_messages_nb(), demo_screen_messages_da(), demo_screen_messages_en()};
}

}  // namespace sammen
