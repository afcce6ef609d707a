// The demo's start and its route: decode, call a use case, reply.
#include <cstdio>

#include "ballots/sqlite_store.h"
#include "people/sqlite_store.h"
#include "core/http.h"
#include "demo/feature.h"
#include "demo/sqlite_store.h"
#include "demo/use_cases.h"
#include "processes/sqlite_store.h"
#include "sammen/demo/wire.h"

namespace sammen::server::demo {
namespace {

// The stores of the demo use cases, on one database.
struct Routes {
  Routes(Database& db, auth::Passwords& passwords)
      : demo(db),
        processes(db),
        ballots(db),
        people(db),
        stores{demo, processes, ballots, db, people, passwords} {}
  SqliteStore demo;
  processes::SqliteStore processes;
  ballots::SqliteStore ballots;
  people::SqliteStore people;
  Stores stores;
};

void print_codes(const DemoCodes& demo) {
  std::printf("Demo voter codes for %s (also at /api/v1/demo):\n", demo.process_id.c_str());
  const std::vector<std::string>& codes = demo.voter_codes;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    std::printf("%s%s", codes[i].c_str(), (i + 1) % 8 == 0 || i + 1 == codes.size() ? "\n" : "  ");
  }
}

}  // namespace

Feature feature() {
  return {"demo", migrations(), install, start};
}

Status start(const Startup& startup) {
  Routes routes(startup.db, startup.passwords);
  if (startup.flags.demo) {
    const Result<bool> planted = plant(routes.stores, seed(startup.clock(), startup.voter_codes));
    if (!planted.ok()) return planted.problems();
    if (planted.value())
      std::printf("Seeded the demo: Elvestad kommune, process %s.\n", kProcessId);
  }
  if (const Result<DemoCodes> demo = codes(routes.stores); demo.ok()) print_codes(demo.value());
  if (const Result<std::optional<DemoAccount>> admin = routes.demo.account();
      admin.ok() && admin.value()) {
    std::printf("Demo administrator (sign in at /api/v1/session): %s  password: %s\n",
                admin.value()->email.c_str(), admin.value()->password.c_str());
  }
  return Done{};
}

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps.db, deps.passwords);
  router.get("/api/v1/demo", [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), codes(routes->stores));
  });
}

}  // namespace sammen::server::demo
