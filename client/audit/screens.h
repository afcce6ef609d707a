// The audit log screen of the staff's console.
#pragma once

#include <string>

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"

namespace sammen::client::audit {

// Every administrative action, newest first: who, when, what and to what.
Intent draw_audit(const AppState& state, Ui& ui);
std::string audit_title(const AppState& state);

}  // namespace sammen::client::audit
