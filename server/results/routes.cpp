// The routes of the results feature: decode, call a use case, reply.
#include "audit/sqlite_store.h"
#include "ballots/sqlite_store.h"
#include "core/http.h"
#include "processes/sqlite_store.h"
#include "results/feature.h"
#include "results/routes.h"
#include "results/sqlite_store.h"
#include "results/use_cases.h"
#include "sammen/results/wire.h"

namespace sammen::server::results {

Feature feature() {
  return {"results", migrations(), install};
}

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps);
  install_pages(router, routes);
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
  // The published ballots as a Pabulib file, to recount and to find one's own.
  router.get(std::string(kProcessPath) + R"(/ballots\.pb)", [routes](const auto& req, auto& res) {
    const Result<std::string> file = ballot_file(routes->stores, path_id(req));
    if (!file.ok()) return send_problems(res, file.problems(), recipient_of(req));
    res.set_header("Content-Disposition",
                   "attachment; filename=\"ballots-" + path_id(req) + ".pb\"");
    res.set_content(file.value(), "text/plain; charset=utf-8");
  });
  router.get(std::string(kProcessPath) + "/result", [routes](const auto& req, auto& res) {
    const Recipient to = recipient_of(req);
    reply(res, to, show(routes->stores, path_id(req), to.language));
  });
}

}  // namespace sammen::server::results
