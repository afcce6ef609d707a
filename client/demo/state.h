// What the client knows of the demo: its public voter codes, if it is one.
#pragma once

#include <optional>

#include "sammen/demo/demo_codes.h"

namespace sammen::client::demo {

struct State {
  std::optional<DemoCodes> codes;
};

}  // namespace sammen::client::demo
