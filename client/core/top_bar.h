// Top bar: the name of the platform, the staff's way in (signing in, or the
// console when signed in) and the language choice, on every screen.
#pragma once

#include <optional>
#include <string_view>

#include "core/ui.h"
#include "sammen/core/language.h"

namespace sammen::client {

struct TopBarChoice {
  std::optional<Language> language;  // the language picked, if one was
  bool staff = false;                // the staff button was pressed
};

// Draws the bar with the staff button saying `staff_label`.
TopBarChoice draw_top_bar(Language current, std::string_view staff_label, Ui& ui);

}  // namespace sammen::client
