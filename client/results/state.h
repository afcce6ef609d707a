// What the client knows of the published result.
#pragma once

#include <optional>
#include <string>

#include "core/http.h"
#include "core/intents.h"
#include "sammen/results/tally.h"

namespace sammen::client::results {

inline constexpr ScreenId kResultsScreen = "results";

struct State {
  bool loading = false;
  std::optional<Tally> tally;
  std::optional<ServerError> error;
  std::string jump_district;  // the district the resident asked to see
  int jump_request = 0;       // grows with each such request
};

}  // namespace sammen::client::results
