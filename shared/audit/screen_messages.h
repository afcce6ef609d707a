// The screens' words about the audit log, one catalog per language, shared by the canvas client (and any
// HTML page that comes to need them) so every front end says the same thing.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> audit_screen_messages_nb();
std::span<const Message> audit_screen_messages_da();
std::span<const Message> audit_screen_messages_en();
inline Catalog audit_screen_messages() {
  return {audit_screen_messages_nb(), audit_screen_messages_da(), audit_screen_messages_en()};
}

}  // namespace sammen
