// The client's words about the demo, one catalog per language.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen::client::demo {

std::span<const Message> messages_nb();
std::span<const Message> messages_da();
std::span<const Message> messages_en();
inline Catalog messages() {
  return {messages_nb(), messages_da(), messages_en()};
}

}  // namespace sammen::client::demo
