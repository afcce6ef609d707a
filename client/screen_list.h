// The client's screens, one file each in its feature's folder, listed once.
//
// A screen draws from AppState through Ui and returns what the resident
// asked for; it never changes state itself. A screen has an address (each
// its own URL and history entry) and a title (the page's <title> and what the
// live region says when it appears); it may have a bottom bar, something to
// do when it is gone to (on_enter), input to read before it draws (poll: the
// HTML voter-code field), a line the live region says whenever it changes
// (the budget left), and a condition for being reached from an address (a
// reload, Back, a shared link), with the screen to fall back to. The staff's
// console has its screens here too, under "#/staff".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "app_state.h"
#include "core/ui.h"
#include "intent.h"
#include "outbox.h"

namespace sammen::client {

struct ScreenEntry {
  ScreenId id;
  Intent (*draw)(const AppState& state, Ui& ui) = nullptr;
  // The address, after "#/": "processes/{process}/districts/{district}/ballot";
  // and the HTML page that shows the same, after "/html/".
  const char* path = "";
  const char* html_path = "";
  std::string (*title)(const AppState& state) = nullptr;
  std::string (*status)(const AppState& state) = nullptr;
  Intent (*bottom_bar)(const AppState& state, Ui& ui) = nullptr;
  bool (*shows_bottom_bar)(const AppState& state) = nullptr;  // null: always
  void (*on_enter)(AppState& state, Outbox& outbox) = nullptr;
  Intent (*poll)(AppState& state) = nullptr;
  bool (*reachable)(const AppState& state) = nullptr;  // null: always
  ScreenId fallback = {};
  // A screen of the staff's console: its process is the one being set up,
  // and it has no HTML page (the HTML path is for residents).
  bool staff = false;
};

// The entry of `id`; the first screen's for an id no screen has.
const ScreenEntry& screen_entry(ScreenId id);

// The route of what is shown now; its address ("#/processes/..."); the route
// an address names, if it names one.
Route route_of(const AppState& state);
std::string address_of(const Route& route);
std::optional<Route> route_from_address(std::string_view hash);
// The HTML page that shows the same as `route` ("/html/processes/...").
std::string html_page_of(const Route& route);

// The "‹ Back" button at the top of a screen; GoTo{to} when pressed.
Intent back_button(const AppState& state, Ui& ui, ScreenId to);

}  // namespace sammen::client
