// The routes of the proposals feature: decode, call a use case, reply.
// Every write counts against its account's budget of writes (the
// AttemptLog, as a rate limit): 429 proposal.too_many_writes beyond it.
#include "core/http.h"
#include "core/secrets.h"
#include "people/sqlite_store.h"
#include "processes/sqlite_store.h"
#include "proposals/feature.h"
#include "proposals/pages.h"
#include "proposals/sqlite_store.h"
#include "proposals/use_cases.h"
#include "sammen/core/error_wire.h"
#include "sammen/proposals/wire.h"

namespace sammen::server::proposals {

std::string new_idea_id() {
  return "i-" + auth::random_token(5);
}

std::string new_invite_code() {
  const std::string hex = auth::random_token(5);
  unsigned char bytes[5];
  for (int i = 0; i < 5; ++i) bytes[i] = static_cast<unsigned char>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
  return invite_code_from(bytes);
}

namespace {

// 300 writes without waiting; then 2, 4, ... at most 60 seconds between
// them, forgotten after a quiet minute. Autosave is a write.
constexpr AttemptPolicy kWritePolicy{300, 2, 60, 60, 20'000, "proposal-write"};

struct Routes {
  explicit Routes(const Deps& deps)
      : ideas(deps.db),
        processes(deps.db),
        people(deps.db),
        stores{ideas, processes, people, deps.db, deps.voting, writes},
        gate(deps.gate),
        attempts(deps.attempts),
        now(deps.clock) {}
  SqliteStore ideas;
  processes::SqliteStore processes;
  people::SqliteStore people;
  std::mutex writes;
  Stores stores;
  Gate& gate;
  AttemptLog& attempts;
  Clock now;
};

const std::string kBase = std::string(kProcessPath) + "/proposals";
const std::string kOne = kBase + "/([a-z0-9-]{1,64})";

StepRequest step_of(Step step) {
  StepRequest s;
  s.step = step;
  return s;
}

// The asker of a request (or why its credentials are refused); for a write,
// also counted against the person's budget of writes.
Result<Asker> asker(Routes& r, const httplib::Request& req, Language language, bool write) {
  const UnixSeconds now = r.now();
  Result<Actor> who = r.gate.actor(req, now);
  if (!who.ok()) return who.problems();
  if (write && who.value().person_id != 0) {
    const std::string key = "proposal-write person " + std::to_string(who.value().person_id);
    const Status may = r.attempts.may_try({key}, kWritePolicy, now);
    if (!may.ok()) return Problem{ErrorCode::kTooManyWrites, "", may.first_problem().amount};
    r.attempts.failed({key}, kWritePolicy, now);
  }
  return Asker{who.value(), now, language};
}

// Decodes the body as T (when T is not void) and replies with call(asker, body).
template <typename T, typename Call>
void answer(Routes& r, const httplib::Request& req, httplib::Response& res, int status,
            Call&& call) {
  const Recipient to{request_language(req, body_language(req.body))};
  const Result<Asker> a = asker(r, req, to.language, true);
  if (!a.ok()) return send_problems(res, a.problems(), to);
  const Result<T> body = decode_body<T>(req.body);
  if (!body.ok()) return send_problems(res, body.problems(), to);
  reply(res, to, call(a.value(), body.value()), status);
}

template <typename Call>
void answer_bodyless(Routes& r, const httplib::Request& req, httplib::Response& res, bool write,
                     Call&& call) {
  const Recipient to = recipient_of(req);
  const Result<Asker> a = asker(r, req, to.language, write);
  if (!a.ok()) return send_problems(res, a.problems(), to);
  reply(res, to, call(a.value()));
}

void step_route(Router& router, const std::shared_ptr<Routes>& r, const std::string& path,
                Step step, int status = 200) {
  router.post(kOne + path, [r, step, status](const auto& req, auto& res) {
    // Runs the step with what `fill` sets from the body.
    const auto run = [&](const Asker& a, const auto& fill) {
      StepRequest s;
      s.step = step;
      fill(s);
      return apply(r->stores, a, path_id(req), path_part(req, 2), s);
    };
    switch (step) {
      case Step::kReject:
      case Step::kHide:
      case Step::kRestore:
        return answer<ReasonRequest>(*r, req, res, status, [&](const Asker& a, const auto& b) {
          return run(a, [&](StepRequest& s) { s.text = b.reason; });
        });
      case Step::kCost:
        return answer<CostRequest>(*r, req, res, status, [&](const Asker& a, const auto& b) {
          return run(a, [&](StepRequest& s) { s.text = b.reason; s.cost = b.cost; });
        });
      case Step::kAsk:
        return answer<QuestionRequest>(*r, req, res, status, [&](const Asker& a, const auto& b) {
          return run(a, [&](StepRequest& s) { s.text = b.question; });
        });
      case Step::kSupport:
        return answer<SupportRequest>(*r, req, res, status, [&](const Asker& a, const auto& b) {
          return run(a, [&](StepRequest& s) { s.supports = b.supports; });
        });
      case Step::kProgress:
        return answer<ProgressReport>(*r, req, res, status, [&](const Asker& a, const auto& b) {
          return run(a, [&](StepRequest& s) { s.progress = b; });
        });
      default: break;
    }
  });
}

void install_writing(Router& router, const std::shared_ptr<Routes>& r) {
  router.post(kBase + "/drafts", [r](const auto& req, auto& res) {
    answer<DraftRequest>(*r, req, res, 201, [&](const Asker& a, const auto& b) {
      return start(r->stores, a, path_id(req), b, new_idea_id());
    });
  });
  router.put(kOne + "/draft", [r](const auto& req, auto& res) {
    const Recipient to{request_language(req, body_language(req.body))};
    const Result<Asker> a = asker(*r, req, to.language, true);
    if (!a.ok()) return send_problems(res, a.problems(), to);
    const Result<SaveRequest> body = decode_body<SaveRequest>(req.body);
    if (!body.ok()) return send_problems(res, body.problems(), to);
    auto saved = save(r->stores, a.value(), path_id(req), path_part(req, 2), body.value());
    if (auto* d = std::get_if<IdeaDetail>(&saved)) return send_json(res, 200, Json(*d));
    const SaveRefusal& no = std::get<SaveRefusal>(saved);
    if (!no.conflict) return send_problems(res, no.problems, to);
    Json envelope = error_envelope(no.problems, {to.language, to.currency()});
    envelope["conflict"] = *no.conflict;
    send_json(res, 409, envelope);
  });
  router.post_bodyless(kOne + "/submit", [r](const auto& req, auto& res) {
    answer_bodyless(*r, req, res, true, [&](const Asker& a) {
      return apply(r->stores, a, path_id(req), path_part(req, 2), step_of(Step::kSubmit));
    });
  });
  router.post_bodyless(kOne + "/invite", [r](const auto& req, auto& res) {
    answer_bodyless(*r, req, res, true, [&](const Asker& a) -> Result<Json> {
      const Result<Invite> i = invite(r->stores, a, path_id(req), path_part(req, 2), new_invite_code());
      if (!i.ok()) return i.problems();
      return Json{{"version", kWireVersion}, {"code", i.value().code}, {"link", i.value().link}};
    });
  });
  router.post("/api/v1/proposals/join", [r](const auto& req, auto& res) {
    answer<RedeemRequest>(*r, req, res, 200, [&](const Asker& a, const auto& b) {
      return redeem(r->stores, a, b.code);
    });
  });
  router.post(kOne + R"(/questions/(\d{1,6})/answer)", [r](const auto& req, auto& res) {
    answer<AnswerRequest>(*r, req, res, 200, [&](const Asker& a, const auto& b) {
      StepRequest s;
      s.step = Step::kAnswer;
      s.text = b.answer;
      s.number = std::stoi(path_part(req, 3));
      return apply(r->stores, a, path_id(req), path_part(req, 2), s);
    });
  });
  step_route(router, r, "/support", Step::kSupport);
}

void install_review(Router& router, const std::shared_ptr<Routes>& r) {
  router.post_bodyless(kOne + "/accept", [r](const auto& req, auto& res) {
    answer_bodyless(*r, req, res, true, [&](const Asker& a) {
      return apply(r->stores, a, path_id(req), path_part(req, 2), step_of(Step::kAccept));
    });
  });
  step_route(router, r, "/reject", Step::kReject);
  step_route(router, r, "/cost", Step::kCost);
  step_route(router, r, "/questions", Step::kAsk, 201);
  step_route(router, r, "/hide", Step::kHide);
  step_route(router, r, "/restore", Step::kRestore);
  step_route(router, r, "/progress", Step::kProgress, 201);
  router.post(kOne + "/merge", [r](const auto& req, auto& res) {
    answer<MergeRequest>(*r, req, res, 200, [&](const Asker& a, const auto& b) {
      return merge_into(r->stores, a, path_id(req), path_part(req, 2), b.into);
    });
  });
}

void install_reading(Router& router, const std::shared_ptr<Routes>& r) {
  router.get(kBase, [r](const auto& req, auto& res) {
    answer_bodyless(*r, req, res, false,
                    [&](const Asker& a) { return list_public(r->stores, a, path_id(req)); });
  });
  router.get(kOne, [r](const auto& req, auto& res) {
    answer_bodyless(*r, req, res, false, [&](const Asker& a) {
      return detail(r->stores, a, path_id(req), path_part(req, 2));
    });
  });
  router.get("/api/v1/proposals/mine", [r](const auto& req, auto& res) {
    answer_bodyless(*r, req, res, false, [&](const Asker& a) { return mine(r->stores, a); });
  });
  router.post("/api/v1/proposals/notices/read", [r](const auto& req, auto& res) {
    answer<NoticesRead>(*r, req, res, 200, [&](const Asker& a, const auto& b) {
      return read_notices(r->stores, a, b);
    });
  });
  router.get("/api/v1/proposals/funded", [r](const auto& req, auto& res) {
    answer_bodyless(*r, req, res, false, [&](const Asker& a) { return funded(r->stores, a); });
  });
}

}  // namespace

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps);
  install_reading(router, routes);
  install_writing(router, routes);
  install_review(router, routes);
  install_pages(router, deps, routes->writes);
}

}  // namespace sammen::server::proposals
