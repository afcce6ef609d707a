// The credentials catalog, one file per language: the errors of credential.*.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> credential_messages_nb();
std::span<const Message> credential_messages_da();
std::span<const Message> credential_messages_en();

inline Catalog credential_messages() {
  return {credential_messages_nb(), credential_messages_da(), credential_messages_en()};
}

}  // namespace sammen
