// Store: the demo's public voter codes; only a demo has them.
//
// Failures are kStorageFailed.
#pragma once

#include <optional>

#include "sammen/core/result.h"
#include "sammen/demo/demo_codes.h"

namespace sammen::server::demo {

class Store {
 public:
  virtual ~Store() = default;
  virtual Status add(const DemoCodes& codes) = 0;
  // The codes of the first demo process; none outside a demo.
  virtual Result<std::optional<DemoCodes>> codes() = 0;
};

}  // namespace sammen::server::demo
