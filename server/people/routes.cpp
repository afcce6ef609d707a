// The routes of the people feature: decode, call a use case, reply; and the
// Directory that lets the Gate find sessions and API tokens.
#include <cstdlib>

#include "audit/sqlite_store.h"
#include "core/http.h"
#include "people/feature.h"
#include "people/pages.h"
#include "people/sqlite_store.h"
#include "people/use_cases.h"
#include "processes/sqlite_store.h"
#include "sammen/people/wire.h"

namespace sammen::server::people {
namespace {

// Sessions and API tokens, for the Gate.
class StoreDirectory final : public Directory {
 public:
  explicit StoreDirectory(Database& db) : store_(db) {}
  Result<std::optional<Actor>> by_session(const std::string& digest, UnixSeconds now) override {
    return store_.session(digest, now);
  }
  Result<std::optional<Actor>> by_api_token(const std::string& digest) override {
    return store_.by_token(digest);
  }

 private:
  SqliteStore store_;
};

// What the routes hold for as long as the server serves.
struct Routes {
  explicit Routes(const Deps& deps)
      : people(deps.db),
        processes(deps.db),
        audit(deps.db),
        stores{people, processes, audit, deps.db, deps.passwords, deps.attempts},
        gate(deps.gate),
        now(deps.clock) {}
  SqliteStore people;
  processes::SqliteStore processes;
  audit::SqliteStore audit;
  Stores stores;
  Gate& gate;
  Clock now;

  Result<Actor> actor(const httplib::Request& req) { return gate.actor(req, now()); }
};

const std::string kPersonPath = R"(/api/v1/people/(\d+))";

PersonId person_id(const httplib::Request& req) {
  return std::strtoll(path_id(req).c_str(), nullptr, 10);
}

Caller caller_of(const httplib::Request& req) {
  return {req.remote_addr};
}

// Decodes the body as T and runs `then` on it, or answers its problems.
template <typename T, typename F>
void with_body(const httplib::Request& req, httplib::Response& res, F&& then) {
  const Recipient to{request_language(req, body_language(req.body))};
  Result<T> decoded = decode_body<T>(req.body);
  if (!decoded.ok()) return send_problems(res, decoded.problems(), to);
  then(to, decoded.value());
}

void install_session_routes(Router& router, const std::shared_ptr<Routes>& routes) {
  router.post("/api/v1/accounts", [routes](const auto& req, auto& res) {
    with_body<SignUp>(req, res, [&](const Recipient& to, const SignUp& sign_up) {
      if (const Status origin = same_origin(req); !origin.ok())
        return send_problems(res, origin.problems(), to);
      reply(res, to, people::sign_up(routes->stores, sign_up, routes->now()), 202);
    });
  });
  router.post("/api/v1/session", [routes](const auto& req, auto& res) {
    with_body<SignIn>(req, res, [&](const Recipient& to, const SignIn& sign_in) {
      if (const Status origin = same_origin(req); !origin.ok())
        return send_problems(res, origin.problems(), to);
      const Result<NewSession> session =
          people::sign_in(routes->stores, sign_in, caller_of(req), routes->now());
      if (!session.ok()) return send_problems(res, session.problems(), to);
      res.set_header("Set-Cookie", session_cookie_header(session.value().token, kSessionSeconds,
                                                         routes->gate.secure_cookies()));
      send_json(res, 200, Json(session.value().view));
    });
  });
  router.get("/api/v1/session", [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), as_actor(routes->actor(req), [&](const Actor& a) {
            return current(routes->stores, a, session_cookie(req), routes->now());
          }));
  });
  router.del("/api/v1/session", [routes](const auto& req, auto& res) {
    const Result<SignedOut> out = as_actor(
        routes->actor(req), [&](const Actor& a) { return sign_out(routes->stores, a); });
    if (out.ok())
      res.set_header("Set-Cookie", ended_session_cookie_header(routes->gate.secure_cookies()));
    reply(res, recipient_of(req), out);
  });
  router.post("/api/v1/session/password", [routes](const auto& req, auto& res) {
    with_body<PasswordChange>(req, res, [&](const Recipient& to, const PasswordChange& change) {
      reply(res, to, as_actor(routes->actor(req), [&](const Actor& a) {
              return change_password(routes->stores, a, change, caller_of(req),
                                     session_cookie(req), routes->now());
            }));
    });
  });
}

void install_people_routes(Router& router, const std::shared_ptr<Routes>& routes) {
  router.get("/api/v1/people", [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), as_actor(routes->actor(req), [&](const Actor& a) {
            return list(routes->stores, a);
          }));
  });
  const std::string role_path = kPersonPath + "/roles/([a-z_]+)";
  router.put_bodyless(role_path, [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), as_actor(routes->actor(req), [&](const Actor& a) {
            return grant_role(routes->stores, a, person_id(req), path_part(req, 2), routes->now());
          }));
  });
  router.del(role_path, [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), as_actor(routes->actor(req), [&](const Actor& a) {
            return remove_role(routes->stores, a, person_id(req), path_part(req, 2), routes->now());
          }));
  });
  router.get(kPersonPath + "/tokens", [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), as_actor(routes->actor(req), [&](const Actor& a) {
            return tokens(routes->stores, a, person_id(req));
          }));
  });
  router.post(kPersonPath + "/tokens", [routes](const auto& req, auto& res) {
    with_body<ApiTokenRequest>(req, res, [&](const Recipient& to, const ApiTokenRequest& asked) {
      reply(res, to, as_actor(routes->actor(req), [&](const Actor& a) {
              return create_token(routes->stores, a, person_id(req), asked, routes->now());
            }), 201);
    });
  });
  router.del(R"(/api/v1/tokens/(\d+))", [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), as_actor(routes->actor(req), [&](const Actor& a) {
            return revoke_token(routes->stores, a, std::strtoll(path_id(req).c_str(), nullptr, 10),
                                routes->now());
          }));
  });
  router.get(std::string(kProcessPath) + "/eligibility", [routes](const auto& req, auto& res) {
    const Recipient to = recipient_of(req);
    reply(res, to, as_actor(routes->actor(req), [&](const Actor& a) {
            return eligibility(routes->stores, a, path_id(req), to.language, routes->now());
          }));
  });
}

}  // namespace

Feature feature() {
  return {"people", migrations(), install, nullptr, command};
}

void install(Router& router, const Deps& deps) {
  deps.gate.attach(std::make_shared<StoreDirectory>(deps.db));
  const auto routes = std::make_shared<Routes>(deps);
  install_session_routes(router, routes);
  install_people_routes(router, routes);
  install_pages(router, deps);
}

}  // namespace sammen::server::people
