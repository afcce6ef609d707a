// The voter roll screen of the staff's console.
#pragma once

#include <string>

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"

namespace sammen::client::rolls {

// Pick the CSV file, import it (every bad line said with its number and
// why), the census per district and age band, and the letters to save.
Intent draw_roll(const AppState& state, Ui& ui);
std::string roll_title(const AppState& state);

}  // namespace sammen::client::rolls
