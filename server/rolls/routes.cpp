// The routes of the rolls feature: decode, call a use case, reply.
#include "audit/sqlite_store.h"
#include "ballots/sqlite_store.h"
#include "core/http.h"
#include "core/secrets.h"
#include "credentials/sqlite_store.h"
#include "processes/sqlite_store.h"
#include "rolls/feature.h"
#include "rolls/sqlite_store.h"
#include "rolls/use_cases.h"
#include "sammen/rolls/wire.h"

namespace sammen::server::rolls {
namespace {

// What the routes hold for as long as the server serves.
struct Routes {
  explicit Routes(const Deps& deps)
      : processes(deps.db),
        ballots(deps.db),
        credentials(deps.db),
        rolls(deps.db),
        audit(deps.db),
        stores{processes, ballots, credentials, rolls,
               audit,     deps.db, deps.voting, deps.voter_codes},
        gate(deps.gate),
        now(deps.clock) {}
  processes::SqliteStore processes;
  ballots::SqliteStore ballots;
  credentials::SqliteStore credentials;
  SqliteStore rolls;
  audit::SqliteStore audit;
  Stores stores;
  Gate& gate;
  Clock now;

  Result<Actor> actor(const httplib::Request& req) { return gate.actor(req, now()); }
};

// The letters of an import in the format asked for (?format=csv|html; JSON otherwise).
void send_letters(Routes& routes, const httplib::Request& req, httplib::Response& res,
                  const RollImported& imported, Language language) {
  const std::string format = req.get_param_value("format");
  const std::string file = "voter-letters-" + imported.summary.process_id;
  if (format == "csv") {
    res.status = 201;
    res.set_header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
    return res.set_content(letters_csv(imported.letters, language), "text/csv; charset=utf-8");
  }
  if (format == "html") {
    const Result<Process> process = processes::find_process(routes.processes, imported.summary.process_id);
    const Result<std::optional<Municipality>> municipality = routes.processes.municipality();
    LetterFrame frame;
    frame.language = language;
    frame.process_title = process.ok() ? localized(process.value(), language).title : "";
    frame.municipality =
        municipality.ok() && municipality.value() ? municipality.value()->name : "";
    frame.vote_url = std::string(routes.gate.secure_cookies() ? "https://" : "http://") +
                     req.get_header_value("Host") + "/";
    res.status = 201;
    return res.set_content(letters_html(imported.letters, frame), "text/html; charset=utf-8");
  }
  send_json(res, 201, Json(imported));
}

}  // namespace

Feature feature() {
  return {"rolls", migrations(), install};
}

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps);
  const std::string roll_path = std::string(kProcessPath) + "/roll";
  // Only an administrator's file is read at all.
  const auto administrator = [routes](const httplib::Request& req, httplib::Response& res) {
    const Result<Actor> who = actor_as(routes->gate, req, routes->now(), Role::kAdministrator);
    if (!who.ok()) send_problems(res, who.problems(), recipient_of(req));
    return who.ok();
  };
  router.post_upload(roll_path, kMaxUploadBytes, administrator, [routes](const auto& req,
                                                                          auto& res) {
    const Recipient to = recipient_of(req);
    auth::RandomDraws draws;
    const Result<RollImported> imported =
        as_actor(routes->actor(req), [&](const Actor& a) {
          return import_roll(routes->stores, a, path_id(req), req.body, routes->now(),
                             std::ref(draws), {kMaxUploadBytes});
        });
    if (!imported.ok()) return send_problems(res, imported.problems(), to);
    send_letters(*routes, req, res, imported.value(), to.language);
  });
  router.get(roll_path, [routes](const auto& req, auto& res) {
    reply(res, recipient_of(req), as_actor(routes->actor(req), [&](const Actor& a) {
            return roll_summary(routes->stores, a, path_id(req));
          }));
  });
  router.post(roll_path + "/paper", [routes](const auto& req, auto& res) {
    const Recipient to{request_language(req, body_language(req.body))};
    const Result<PaperMark> mark = decode_body<PaperMark>(req.body);
    if (!mark.ok()) return send_problems(res, mark.problems(), to);
    reply(res, to, as_actor(routes->actor(req), [&](const Actor& a) {
            return mark_used_on_paper(routes->stores, a, path_id(req), mark.value(), routes->now());
          }));
  });
}

}  // namespace sammen::server::rolls
