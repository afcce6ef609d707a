// The screens' words about proposals: which phase is open and what a
// resident can do now, who wrote a proposal, and the notices authors get.
// One catalog per language, shared by the canvas client and the HTML pages;
// plain enough for a 13-year-old.
#pragma once

#include <span>

#include "sammen/core/catalog.h"

namespace sammen {

std::span<const Message> proposal_screen_messages_nb();
std::span<const Message> proposal_screen_messages_da();
std::span<const Message> proposal_screen_messages_en();
inline Catalog proposal_screen_messages() {
  return {proposal_screen_messages_nb(), proposal_screen_messages_da(),
          proposal_screen_messages_en()};
}

}  // namespace sammen
