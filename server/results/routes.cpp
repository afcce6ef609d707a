// The routes of the results feature: decode, call a use case, reply.
#include "audit/sqlite_store.h"
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
        audit(deps.db),
        stores{results, processes, ballots, deps.db, deps.voting, audit},
        gate(deps.gate),
        now(deps.clock) {}
  SqliteStore results;
  processes::SqliteStore processes;
  ballots::SqliteStore ballots;
  audit::SqliteStore audit;
  Stores stores;
  Gate& gate;
  Clock now;
};

}  // namespace

Feature feature() {
  return {"results", migrations(), install};
}

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps);
  router.post_bodyless(std::string(kProcessPath) + "/publish", [routes](const auto& req,
                                                                        auto& res) {
    const Recipient to = recipient_of(req);
    reply(res, to, as_actor(routes->gate.actor(req, routes->now()), [&](const Actor& a) {
            return publish(routes->stores, a, path_id(req), routes->now(), to.language);
          }));
  });
  router.get(std::string(kProcessPath) + "/preview", [routes](const auto& req, auto& res) {
    const Recipient to = recipient_of(req);
    reply(res, to, as_actor(routes->gate.actor(req, routes->now()), [&](const Actor& a) {
            return preview(routes->stores, a, path_id(req), routes->now(), to.language);
          }));
  });
  router.get(std::string(kProcessPath) + "/result", [routes](const auto& req, auto& res) {
    const Recipient to = recipient_of(req);
    reply(res, to, show(routes->stores, path_id(req), to.language));
  });
}

}  // namespace sammen::server::results
