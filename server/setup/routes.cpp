// The routes of the setup feature: decode, call a use case, reply.
#include "audit/sqlite_store.h"
#include "ballots/sqlite_store.h"
#include "core/http.h"
#include "people/sqlite_store.h"
#include "processes/sqlite_store.h"
#include "rolls/sqlite_store.h"
#include "sammen/processes/wire.h"
#include "sammen/setup/wire.h"
#include "setup/feature.h"
#include "setup/use_cases.h"

namespace sammen::server::setup {
namespace {

// What the routes hold for as long as the server serves.
struct Routes {
  explicit Routes(const Deps& deps)
      : processes(deps.db),
        people(deps.db),
        ballots(deps.db),
        rolls(deps.db),
        audit(deps.db),
        stores{processes, people, ballots, rolls, audit, deps.db, deps.voting},
        gate(deps.gate),
        now(deps.clock) {}
  processes::SqliteStore processes;
  people::SqliteStore people;
  ballots::SqliteStore ballots;
  rolls::SqliteStore rolls;
  audit::SqliteStore audit;
  Stores stores;
  Gate& gate;
  Clock now;
};

// For an administrator: decodes the body as T, then replies with
// `call(actor, body)` (`status` on success). Anyone else is refused before
// the body is read.
template <typename T, typename Call>
void answer(Routes& routes, const httplib::Request& req, httplib::Response& res, int status,
            Call&& call) {
  const Recipient to{request_language(req, body_language(req.body))};
  const Result<Actor> who = actor_as(routes.gate, req, routes.now(), Role::kAdministrator);
  if (!who.ok()) return send_problems(res, who.problems(), to);
  const Result<T> body = decode_body<T>(req.body);
  if (!body.ok()) return send_problems(res, body.problems(), to);
  reply(res, to, call(who.value(), body.value()), status);
}

}  // namespace

Feature feature() {
  return {"setup", {}, install};
}

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps);
  router.put("/api/v1/municipality", [routes](const auto& req, auto& res) {
    answer<MunicipalityRequest>(*routes, req, res, 200, [&](const Actor& a, const auto& body) {
      return set_municipality(routes->stores, a, body.municipality, routes->now());
    });
  });
  router.post("/api/v1/processes", [routes](const auto& req, auto& res) {
    answer<ProcessSettings>(*routes, req, res, 201, [&](const Actor& a, const auto& body) {
      return create_process(routes->stores, a, body, routes->now());
    });
  });
  router.put(kProcessPath, [routes](const auto& req, auto& res) {
    answer<ProcessSettings>(*routes, req, res, 200, [&](const Actor& a, const auto& body) {
      return change_process(routes->stores, a, path_id(req), body, routes->now());
    });
  });
  router.post(std::string(kProcessPath) + "/proposals", [routes](const auto& req, auto& res) {
    answer<ProposalDraft>(*routes, req, res, 201, [&](const Actor& a, const auto& body) {
      return add_proposal(routes->stores, a, path_id(req), body, routes->now());
    });
  });
  router.put(std::string(kProcessPath) + "/proposals/([^/]+)", [routes](const auto& req,
                                                                       auto& res) {
    answer<ProposalDraft>(*routes, req, res, 200, [&](const Actor& a, const auto& body) {
      return change_proposal(routes->stores, a, path_id(req), path_part(req, 2), body,
                             routes->now());
    });
  });
  router.post_bodyless(std::string(kProcessPath) + "/open", [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), as_actor(routes->gate.actor(req, routes->now()), [&](const Actor& a) {
            return open_voting(routes->stores, a, path_id(req), routes->now());
          }));
  });
}

}  // namespace sammen::server::setup
