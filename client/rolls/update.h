// How the roll part of AppState changes: picking the CSV file in the page,
// importing it (every bad line comes back with its number and why), the
// census of the last import, and saving the letters as a file to print.
#pragma once

#include "app_state.h"
#include "intent.h"
#include "outbox.h"
#include "rolls/intents.h"

namespace sammen::client::rolls {

// The roll screen's on_enter: the last import's summary of the process set up.
void enter(AppState& state, Outbox& outbox);
// The roll screen's poll: a file picked in the page's file dialog.
Intent poll_file(AppState& state);

void apply(AppState& state, const PickRollFile& intent, Outbox& outbox);
void apply(AppState& state, const ImportRoll& intent, Outbox& outbox);
void apply(AppState& state, const ExportLetters& intent, Outbox& outbox);

}  // namespace sammen::client::rolls
