// Store: the demo's public voter codes and administrator; only a demo has them.
//
// Failures are kStorageFailed.
#pragma once

#include <optional>
#include <string>

#include "sammen/core/result.h"
#include "sammen/demo/demo_codes.h"

namespace sammen::server::demo {

// The demo administrator's e-mail and password, shown at every start.
struct DemoAccount {
  std::string email;
  std::string password;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Status add(const DemoCodes& codes) = 0;
  // The codes of the first demo process; none outside a demo.
  virtual Result<std::optional<DemoCodes>> codes() = 0;
  virtual Status add_account(const DemoAccount& account) = 0;
  // The demo administrator's sign-in; none outside a demo.
  virtual Result<std::optional<DemoAccount>> account() = 0;
};

}  // namespace sammen::server::demo
