// The HTML pages' words about an account: signing in, signing up and out,
// for residents as well as staff. One catalog per language; the field names
// and buttons the canvas client also shows stay in screen_messages.h.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> people_page_messages_nb();
std::span<const Message> people_page_messages_da();
std::span<const Message> people_page_messages_en();
inline Catalog people_page_messages() {
  return {people_page_messages_nb(), people_page_messages_da(), people_page_messages_en()};
}

}  // namespace sammen
