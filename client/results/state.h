// What the client knows of the published result.
#pragma once

#include <optional>

#include "core/http.h"
#include "core/intents.h"
#include "sammen/results/tally.h"

namespace sammen::client::results {

inline constexpr ScreenId kResultsScreen = "results";

struct State {
  bool loading = false;
  std::optional<Tally> tally;
  std::optional<ServerError> error;
};

}  // namespace sammen::client::results
