// The ballots catalog, one file per language: the errors of ballot.* and voter.*.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> ballot_messages_nb();
std::span<const Message> ballot_messages_da();
std::span<const Message> ballot_messages_en();

inline Catalog ballot_messages() {
  return {ballot_messages_nb(), ballot_messages_da(), ballot_messages_en()};
}

}  // namespace sammen
