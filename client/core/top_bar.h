// Top bar: the name of the platform and the language choice, on every screen.
#pragma once

#include <optional>

#include "core/ui.h"
#include "sammen/core/language.h"

namespace sammen::client {

// Draws the bar; the language the resident picked in it, if any.
std::optional<Language> draw_top_bar(Language current, Ui& ui);

}  // namespace sammen::client
