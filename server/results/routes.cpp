// The routes of the results feature: decode, call a use case, reply.
#include "ballots/sqlite_store.h"
#include "core/http.h"
#include "processes/sqlite_store.h"
#include "results/feature.h"
#include "results/sqlite_store.h"
#include "results/use_cases.h"
#include "sammen/results/wire.h"

namespace sammen::server::results {
namespace {

// What the routes hold for as long as the server serves.
struct Routes {
  explicit Routes(const Deps& deps)
      : results(deps.db),
        processes(deps.db),
        ballots(deps.db),
        stores{results, processes, ballots, deps.db, deps.voting, deps.admin},
        now(deps.clock) {}
  SqliteStore results;
  processes::SqliteStore processes;
  ballots::SqliteStore ballots;
  Stores stores;
  Clock now;
};

}  // namespace

Feature feature() {
  return {"results", migrations(), install};
}

void install(Router& router, const Deps& deps) {
  install_pages(router, deps);
  const auto routes = std::make_shared<Routes>(deps);
  router.post_bodyless(std::string(kProcessPath) + "/publish", [routes](const auto& req,
                                                                        auto& res) {
    const Recipient to = recipient_of(req);
    reply(res, to, publish(routes->stores, bearer(req), path_id(req), routes->now(), to.language));
  });
  router.get(std::string(kProcessPath) + "/result", [routes](const auto& req, auto& res) {
    const Recipient to = recipient_of(req);
    reply(res, to, show(routes->stores, path_id(req), to.language));
  });
}

}  // namespace sammen::server::results
