// The client's screens, one file each in its feature's folder, listed once.
//
// A screen draws from AppState through Ui and returns what the resident
// asked for; it never changes state itself. A screen may have a bottom bar,
// something to do when it is gone to (on_enter), and input to read before
// it draws (poll: the HTML voter-code field).
#pragma once

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"
#include "outbox.h"

namespace sammen::client {

struct ScreenEntry {
  ScreenId id;
  Intent (*draw)(const AppState& state, Ui& ui);
  Intent (*bottom_bar)(const AppState& state, Ui& ui) = nullptr;
  void (*on_enter)(AppState& state, Outbox& outbox) = nullptr;
  Intent (*poll)(AppState& state) = nullptr;
};

// The entry of `id`; the first screen's for an id no screen has.
const ScreenEntry& screen_entry(ScreenId id);

// The "‹ Back" button at the top of a screen; GoTo{to} when pressed.
Intent back_button(const AppState& state, Ui& ui, ScreenId to);

}  // namespace sammen::client
