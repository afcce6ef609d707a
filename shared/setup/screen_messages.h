// The screens' words about the staff's console: the municipality, a process's settings, its proposals and voting, one catalog per language, shared by the canvas client (and any
// HTML page that comes to need them) so every front end says the same thing.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> setup_screen_messages_nb();
std::span<const Message> setup_screen_messages_da();
std::span<const Message> setup_screen_messages_en();
inline Catalog setup_screen_messages() {
  return {setup_screen_messages_nb(), setup_screen_messages_da(), setup_screen_messages_en()};
}

}  // namespace sammen
