// The setup catalog, one file per language: the errors of setup.* and
// proposal.*, said to the administrator who sets up a municipality.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> setup_messages_nb();
std::span<const Message> setup_messages_da();
std::span<const Message> setup_messages_en();

inline Catalog setup_messages() {
  return {setup_messages_nb(), setup_messages_da(), setup_messages_en()};
}

}  // namespace sammen
