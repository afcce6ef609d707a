// The routes of the ballots feature: decode, call a use case, reply.
#include "ballots/feature.h"
#include "ballots/routes.h"
#include "ballots/sqlite_store.h"
#include "ballots/use_cases.h"
#include "core/http.h"
#include "processes/sqlite_store.h"
#include "sammen/ballots/wire.h"

namespace sammen::server::ballots {
namespace {

const std::string kBallotsPath = std::string(kProcessPath) + "/ballots";

}  // namespace

Feature feature() {
  return {"ballots", migrations(), install};
}

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps);
  install_pages(router, routes);
  // Amounts in ballot problems are said in the municipality's currency.
  const auto recipient = [routes](const httplib::Request& req, std::optional<Language> language) {
    return Recipient{request_language(req, language),
                     [routes] { return processes::currency_of(routes->processes); }};
  };
  router.post(kBallotsPath, [routes, recipient](const auto& req, auto& res) {
    const Recipient to = recipient(req, body_language(req.body));
    Result<BallotSubmission> submission = decode_body<BallotSubmission>(req.body);
    if (!submission.ok()) return send_problems(res, submission.problems(), to);
    submission.value().ballot.process_id = path_id(req);
    const Result<BallotReceipt> receipt =
        submit(routes->stores, submission.value(), req.remote_addr, routes->now());
    reply(res, to, receipt, receipt.ok() && receipt.value().replaced ? 200 : 201);
  });
  router.get(kBallotsPath + "/mine", [routes, recipient](const auto& req, auto& res) {
    reply(res, recipient(req, std::nullopt),
          mine(routes->stores, path_id(req), req.get_header_value("X-Receipt")));
  });
  router.get(kBallotsPath, [routes, recipient](const auto& req, auto& res) {
    reply(res, recipient(req, std::nullopt),
          as_actor(routes->gate.actor(req, routes->now()),
                   [&](const Actor& a) { return box(routes->stores, a, path_id(req)); }));
  });
}

}  // namespace sammen::server::ballots
