// What the resident may ask for on any screen, and how screens are named.
//
// Screens draw from AppState and return at most one Intent (intent.h lists
// every feature's); App applies it. These three belong to no feature.
#pragma once

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

}  // namespace sammen::client
