// What the client knows of processes: the list, the one being shown, and
// why loading failed.
#pragma once

#include <optional>
#include <vector>

#include "core/http.h"
#include "core/intents.h"
#include "sammen/processes/views.h"

namespace sammen::client::processes {

inline constexpr ScreenId kLoadingScreen = "loading";
inline constexpr ScreenId kStartScreen = "start";
inline constexpr ScreenId kNoneScreen = "no_process";  // a new municipality has none yet

struct State {
  std::vector<ProcessSummary> list;
  std::optional<ProcessDetail> detail;  // the process being shown and voted on
  std::optional<ServerError> load_error;
  bool none = false;  // the server has no process yet
};

}  // namespace sammen::client::processes
