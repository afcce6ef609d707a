// The screens' words about importing a voter roll, its census and the letters, one catalog per language, shared by the canvas client (and any
// HTML page that comes to need them) so every front end says the same thing.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> roll_screen_messages_nb();
std::span<const Message> roll_screen_messages_da();
std::span<const Message> roll_screen_messages_en();
inline Catalog roll_screen_messages() {
  return {roll_screen_messages_nb(), roll_screen_messages_da(), roll_screen_messages_en()};
}

}  // namespace sammen
