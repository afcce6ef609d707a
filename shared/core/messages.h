// The core catalog, one file per language: request and server errors, and
// the patterns that join lists ("A, B og C").
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> core_messages_nb();
std::span<const Message> core_messages_da();
std::span<const Message> core_messages_en();
Catalog core_messages();

}  // namespace sammen
