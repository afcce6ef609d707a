// How the audit part of AppState changes: the newest page when the log is
// gone to, and older pages on request.
#pragma once

#include "app_state.h"
#include "audit/intents.h"
#include "outbox.h"

namespace sammen::client::audit {

void enter(AppState& state, Outbox& outbox);
void apply(AppState& state, const LoadOlder& intent, Outbox& outbox);

}  // namespace sammen::client::audit
