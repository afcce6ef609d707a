// The screens of processes: loading, and the start screen (the process,
// its rung stated plainly, its phase, and the ways on).
#pragma once

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"

namespace sammen::client::processes {

Intent draw_loading(const AppState& state, Ui& ui);
Intent draw_start(const AppState& state, Ui& ui);

}  // namespace sammen::client::processes
