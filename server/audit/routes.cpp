// The route of the audit feature: decode, call the use case, reply.
#include <cstdlib>

#include "audit/feature.h"
#include "audit/sqlite_store.h"
#include "audit/use_cases.h"
#include "core/http.h"
#include "sammen/audit/wire.h"

namespace sammen::server::audit {
namespace {

std::int64_t number_param(const httplib::Request& req, const char* name, std::int64_t otherwise) {
  if (!req.has_param(name)) return otherwise;
  return std::strtoll(req.get_param_value(name).c_str(), nullptr, 10);
}

}  // namespace

Feature feature() {
  return {"audit", migrations(), install};
}

void install(Router& router, const Deps& deps) {
  const auto store = std::make_shared<SqliteStore>(deps.db);
  router.get("/api/v1/audit", [store, deps](const auto& req, auto& res) {
    const auto limit = static_cast<int>(
        std::clamp<std::int64_t>(number_param(req, "limit", kDefaultPage), 1, kLargestPage));
    reply(res, recipient_of(req), as_actor(deps.gate.actor(req, deps.clock()), [&](const Actor& a) {
            return read_log(*store, a, number_param(req, "before", 0), limit);
          }));
  });
}

}  // namespace sammen::server::audit
