// The routes of the credentials feature: decode, call a use case, reply.
#include "ballots/sqlite_store.h"
#include "core/http.h"
#include "credentials/feature.h"
#include "credentials/sqlite_store.h"
#include "credentials/use_cases.h"
#include "processes/sqlite_store.h"

namespace sammen::server::credentials {
namespace {

struct Routes {
  explicit Routes(const Deps& deps)
      : credentials(deps.db),
        processes(deps.db),
        roll(deps.db),
        stores{credentials, processes, {roll, deps.voter_codes, deps.attempts}, deps.voting},
        now(deps.clock) {}
  SqliteStore credentials;
  processes::SqliteStore processes;
  ballots::SqliteStore roll;
  Stores stores;
  Clock now;
};

const std::string kCredentialsPath = std::string(kProcessPath) + "/credentials";

}  // namespace

Feature feature() {
  return {"credentials", migrations(), install};
}

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps);
  router.get(kCredentialsPath + "/keys", [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), keys(routes->stores, path_id(req)));
  });
  router.post(kCredentialsPath, [routes](const auto& req, auto& res) {
    const Recipient to{request_language(req, body_language(req.body))};
    const Result<CredentialRequest> request = decode_body<CredentialRequest>(req.body);
    if (!request.ok()) return send_problems(res, request.problems(), to);
    reply(res, to,
          issue(routes->stores, path_id(req), request.value(), req.remote_addr, routes->now()),
          201);
  });
}

}  // namespace sammen::server::credentials
