// The processes catalog, one file per language: phases, ladder rungs and
// what they promise, forms of production, and the errors of process.*.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> process_messages_nb();
std::span<const Message> process_messages_da();
std::span<const Message> process_messages_en();

inline Catalog process_messages() {
  return {process_messages_nb(), process_messages_da(), process_messages_en()};
}

}  // namespace sammen
