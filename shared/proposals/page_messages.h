// The HTML pages' words about proposals: headings, field labels and hints,
// buttons, stages, and one line per kind of decision in a proposal's
// history. One catalog per language, plain enough for a 13-year-old.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> proposal_page_messages_nb();
std::span<const Message> proposal_page_messages_da();
std::span<const Message> proposal_page_messages_en();
inline Catalog proposal_page_messages() {
  return {proposal_page_messages_nb(), proposal_page_messages_da(), proposal_page_messages_en()};
}

}  // namespace sammen
