// The results catalog, one file per language: why each proposal won or lost
// ("explain.<verdict id>"), the names of rules and tie-breaks, and the errors
// of result.*.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> result_messages_nb();
std::span<const Message> result_messages_da();
std::span<const Message> result_messages_en();

inline Catalog result_messages() {
  return {result_messages_nb(), result_messages_da(), result_messages_en()};
}

}  // namespace sammen
