// What the results feature's routes and pages hold for as long as the server
// serves: its stores and those it reads, on the one database, and the clock.
#pragma once

#include <memory>

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
        stores{results, processes, ballots, deps.db, deps.voting, deps.admin},
        process_stores{processes, deps.voting, deps.admin},
        now(deps.clock) {}
  SqliteStore results;
  processes::SqliteStore processes;
  ballots::SqliteStore ballots;
  Stores stores;
  processes::Stores process_stores;  // the pages show the municipality's names
  Clock now;
};

// The HTML page (pages.cpp); install() calls it.
void install_pages(Router& router, const std::shared_ptr<Routes>& routes);

}  // namespace sammen::server::results
