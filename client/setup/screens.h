// The setup screens of the staff's console: the console itself (who is
// signed in, and by role the ways to the municipality, each process, people
// and the audit log), the municipality, a process's settings, its
// proposals, and voting (open, close, preview, publish).
#pragma once

#include <string>

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"

namespace sammen::client::setup {

Intent draw_console(const AppState& state, Ui& ui);
Intent draw_municipality(const AppState& state, Ui& ui);
Intent draw_process(const AppState& state, Ui& ui);
Intent draw_proposals(const AppState& state, Ui& ui);
Intent draw_voting(const AppState& state, Ui& ui);

std::string console_title(const AppState& state);
std::string municipality_title(const AppState& state);
std::string process_title(const AppState& state);
std::string proposals_title(const AppState& state);
std::string voting_title(const AppState& state);

// The process's title (or "New process") and the ways between its screens.
Intent process_tabs(const AppState& state, Ui& ui);
// What the last change did, or why it was refused (the problems not said beside a field).
void change_outcome(const AppState& state, Ui& ui);

}  // namespace sammen::client::setup
