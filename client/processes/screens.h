// The screens of processes: loading, and the start screen (the process,
// its rung stated plainly, its phase, and the ways on).
#pragma once

#include <string>

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"

namespace sammen::client::processes {

Intent draw_loading(const AppState& state, Ui& ui);
Intent draw_start(const AppState& state, Ui& ui);

std::string loading_title(const AppState& state);
std::string start_title(const AppState& state);  // the process's title

}  // namespace sammen::client::processes
