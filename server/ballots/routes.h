// What the ballots feature's routes and pages hold for as long as the server
// serves: its stores and those it reads, on the one database, the committer
// that group-commits ballots (its thread ends with the routes), the clock,
// and the CSRF guard of the ballot's forms.
#pragma once

#include <memory>

#include "audit/sqlite_store.h"
#include "ballots/sqlite_store.h"
#include "ballots/use_cases.h"
#include "core/csrf.h"
#include "core/feature.h"
#include "credentials/sqlite_store.h"
#include "processes/sqlite_store.h"
#include "processes/use_cases.h"

namespace sammen::server::ballots {

struct Routes {
  explicit Routes(const Deps& deps)
      : ballots(deps.db),
        committer(ballots),
        processes(deps.db),
        audit(deps.db),
        credentials(deps.db),
        credential_stores{
            credentials, processes, {ballots, deps.voter_codes, deps.attempts}, deps.voting},
        stores{ballots, committer, processes, deps.voting, credential_stores, deps.db},
        process_stores{processes, deps.voting, audit, deps.db},
        gate(deps.gate),
        now(deps.clock) {}
  SqliteStore ballots;
  Committer committer;
  processes::SqliteStore processes;
  audit::SqliteStore audit;
  credentials::SqliteStore credentials;
  credentials::Stores credential_stores;
  Stores stores;
  processes::Stores process_stores;  // the pages show the process and its district
  Gate& gate;
  Clock now;
  CsrfGuard csrf;
};

// The HTML pages (pages.cpp, code_pages.cpp); install() calls it.
void install_pages(Router& router, const std::shared_ptr<Routes>& routes);

}  // namespace sammen::server::ballots
