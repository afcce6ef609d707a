// The proposals catalog, one file per language: the errors of proposal.*,
// said plainly enough for a 13-year-old who writes a proposal.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> proposal_messages_nb();
std::span<const Message> proposal_messages_da();
std::span<const Message> proposal_messages_en();

inline Catalog proposal_messages() {
  return {proposal_messages_nb(), proposal_messages_da(), proposal_messages_en()};
}

}  // namespace sammen
