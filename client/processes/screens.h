// The screens of processes: loading, the start screen (the process, its
// rung stated plainly, its phase, and the ways on), and what a new
// municipality shows before its first process.
#pragma once

#include <string>

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"

namespace sammen::client::processes {

Intent draw_loading(const AppState& state, Ui& ui);
Intent draw_start(const AppState& state, Ui& ui);
Intent draw_none(const AppState& state, Ui& ui);

std::string loading_title(const AppState& state);
std::string start_title(const AppState& state);  // the process's title
std::string none_title(const AppState& state);

}  // namespace sammen::client::processes
