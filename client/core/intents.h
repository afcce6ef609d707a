// What the resident may ask for on any screen, and how screens are named.
//
// Screens draw from AppState and return at most one Intent (intent.h lists
// every feature's); App applies it. These belong to no feature.
#pragma once

#include <string>
#include <string_view>

#include "sammen/core/language.h"

namespace sammen::client {

// A screen's stable name, also in the test hooks: "start", "ballot", ...
using ScreenId = std::string_view;

struct SetLanguage {
  Language language;
};

struct GoTo {
  ScreenId screen;
};

// Load everything again (after a failed first load).
struct Restart {};

// A screen with the process and district it shows: what an address names
// ("#/processes/{process}/districts/{district}/ballot", screen_list.cpp).
struct Route {
  ScreenId screen;
  std::string process_id;
  std::string district_id;
};

// Go where an address says (a shared link, a reload, Back or Forward): to the
// nearest screen the resident can be on with what the client knows.
struct FollowRoute {
  Route route;
};

}  // namespace sammen::client
