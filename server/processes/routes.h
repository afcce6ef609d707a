// What the processes feature's routes and pages hold for as long as the
// server serves: its store, the audit log and use-case stores on the one
// database, who is asking (the gate), and the clock.
#pragma once

#include <memory>

#include "audit/sqlite_store.h"
#include "core/feature.h"
#include "processes/sqlite_store.h"
#include "processes/use_cases.h"

namespace sammen::server::processes {

struct Routes {
  explicit Routes(const Deps& deps)
      : store(deps.db),
        audit(deps.db),
        stores{store, deps.voting, audit, deps.db},
        gate(deps.gate),
        now(deps.clock) {}
  SqliteStore store;
  audit::SqliteStore audit;
  Stores stores;
  Gate& gate;
  Clock now;
};

// The HTML pages (pages.cpp); install() calls it.
void install_pages(Router& router, const std::shared_ptr<Routes>& routes);

}  // namespace sammen::server::processes
