// The screens' words about signing in, the password and people with their roles, one catalog per language, shared by the canvas client (and any
// HTML page that comes to need them) so every front end says the same thing.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> people_screen_messages_nb();
std::span<const Message> people_screen_messages_da();
std::span<const Message> people_screen_messages_en();
inline Catalog people_screen_messages() {
  return {people_screen_messages_nb(), people_screen_messages_da(), people_screen_messages_en()};
}

}  // namespace sammen
