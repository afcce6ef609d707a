// What the processes feature's routes and pages hold for as long as the
// server serves: its store and use-case stores on the one database, and the clock.
#pragma once

#include <memory>

#include "core/feature.h"
#include "processes/sqlite_store.h"
#include "processes/use_cases.h"

namespace sammen::server::processes {

struct Routes {
  explicit Routes(const Deps& deps)
      : store(deps.db), stores{store, deps.voting, deps.admin}, now(deps.clock) {}
  SqliteStore store;
  Stores stores;
  Clock now;
};

// The HTML pages (pages.cpp); install() calls it.
void install_pages(Router& router, const std::shared_ptr<Routes>& routes);

}  // namespace sammen::server::processes
