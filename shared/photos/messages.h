// The photos catalog, one file per language: the errors of photo.*, said to
// a resident who picked a file on a phone.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> photo_messages_nb();
std::span<const Message> photo_messages_da();
std::span<const Message> photo_messages_en();

inline Catalog photo_messages() {
  return {photo_messages_nb(), photo_messages_da(), photo_messages_en()};
}

}  // namespace sammen
