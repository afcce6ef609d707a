// The people catalog, one file per language: the names of roles and the
// errors of auth.*, account.*, person.*, role.* and token.*.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> people_messages_nb();
std::span<const Message> people_messages_da();
std::span<const Message> people_messages_en();

inline Catalog people_messages() {
  return {people_messages_nb(), people_messages_da(), people_messages_en()};
}

}  // namespace sammen
