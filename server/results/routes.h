// What the results feature's routes and pages hold for as long as the server
// serves: its stores and those it reads, on the one database, and the clock.
#pragma once

#include <memory>

#include "audit/sqlite_store.h"
#include "ballots/sqlite_store.h"
#include "core/feature.h"
#include "processes/sqlite_store.h"
#include "processes/use_cases.h"
#include "results/sqlite_store.h"
#include "results/use_cases.h"

namespace sammen::server::results {

struct Routes {
  explicit Routes(const Deps& deps)
      : results(deps.db),
        processes(deps.db),
        ballots(deps.db),
        audit(deps.db),
        stores{results, processes, ballots, deps.db, deps.voting, audit},
        process_stores{processes, deps.voting, audit, deps.db},
        gate(deps.gate),
        now(deps.clock) {}
  SqliteStore results;
  processes::SqliteStore processes;
  ballots::SqliteStore ballots;
  audit::SqliteStore audit;
  Stores stores;
  processes::Stores process_stores;  // the pages show the municipality's names
  Gate& gate;
  Clock now;
};

// The HTML page (pages.cpp); install() calls it.
void install_pages(Router& router, const std::shared_ptr<Routes>& routes);

}  // namespace sammen::server::results
