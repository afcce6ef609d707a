// The routes of the processes feature: decode, call a use case, reply.
#include "audit/sqlite_store.h"
#include "core/http.h"
#include "processes/feature.h"
#include "processes/routes.h"
#include "processes/sqlite_store.h"
#include "processes/use_cases.h"
#include "sammen/processes/wire.h"

namespace sammen::server::processes {

Feature feature() {
  return {"processes", migrations(), install};
}

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps);
  install_pages(router, routes);
  router.get("/api/v1/processes", [routes](const auto& req, auto& res) {
    const Recipient to = recipient_of(req);
    reply(res, to, list(routes->stores, routes->now(), to.language));
  });
  router.get(kProcessPath, [routes](const auto& req, auto& res) {
    const Recipient to = recipient_of(req);
    reply(res, to, detail(routes->stores, path_id(req), routes->now(), to.language));
  });
  router.post_bodyless(std::string(kProcessPath) + "/close", [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), as_actor(routes->gate.actor(req, routes->now()), [&](const Actor& a) {
            return close_voting(routes->stores, a, path_id(req), routes->now());
          }));
  });
}

}  // namespace sammen::server::processes
