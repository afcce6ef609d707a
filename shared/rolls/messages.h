// The rolls catalog, one file per language: the errors of roll.*, what the
// letters say and the letters spreadsheet's column names.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> roll_messages_nb();
std::span<const Message> roll_messages_da();
std::span<const Message> roll_messages_en();

inline Catalog roll_messages() {
  return {roll_messages_nb(), roll_messages_da(), roll_messages_en()};
}

}  // namespace sammen
