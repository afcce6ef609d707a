#include "api.h"

#include <chrono>
#include <cstdio>
#include <exception>
#include <mutex>

#include "http_json.h"
#include "sammen/ballot.h"
#include "sammen/fingerprint.h"
#include "sammen/tally.h"
#include "sammen/wire.h"

namespace sammen::server {
namespace {

using wire::Json;

constexpr const char* kProcessPath = R"(/api/v1/processes/([^/]+))";

std::string path_id(const httplib::Request& req) {
  return req.matches.size() > 1 ? std::string(req.matches[1]) : "";
}

// Sends the problems of a failed Result; true when it succeeded.
template <typename T>
bool succeeded(const Result<T>& result, httplib::Response& res, Language language) {
  if (result.ok()) return true;
  send_problems(res, result.problems(), language);
  return false;
}

Json encode_stored(const StoredBallot& stored) {
  Json j = wire::encode(stored.ballot);
  j["submitted_at"] = stored.submitted_at;
  return j;
}

std::string currency_of(const std::optional<Municipality>& municipality) {
  return municipality ? municipality->currency : "NOK";
}

}  // namespace

Api::Api(Store& store, auth::VoterCodeHasher voter_codes, std::string admin_token_hash,
         ApiOptions options)
    : store_(store),
      voter_codes_(std::move(voter_codes)),
      admin_token_(std::move(admin_token_hash)),
      options_(std::move(options)) {}

UnixSeconds Api::now() const {
  if (options_.clock) return options_.clock();
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

void Api::install(httplib::Server& server) {
  const std::string p = kProcessPath;
  auto bind = [this](void (Api::*handler)(const Request&, Response&)) {
    return [this, handler](const Request& req, Response& res) { (this->*handler)(req, res); };
  };
  server.Get("/api/v1/processes", bind(&Api::list_processes));
  server.Get(p, bind(&Api::get_process));
  server.Post(p + "/ballots", bind(&Api::submit_ballot));
  server.Get(p + "/ballots/mine", bind(&Api::my_ballot));
  server.Get(p + "/ballots", bind(&Api::list_ballots));
  // close and publish take no body. Registered as content-reader handlers,
  // which leave the body unread, so a POST without Content-Length (curl -X
  // POST) does not make httplib wait for the connection to close.
  auto bodyless = [this](void (Api::*handler)(const Request&, Response&)) {
    return [this, handler](const Request& req, Response& res, const httplib::ContentReader&) {
      (this->*handler)(req, res);
    };
  };
  server.Post(p + "/close", bodyless(&Api::close_voting));
  server.Post(p + "/publish", bodyless(&Api::publish));
  server.Get(p + "/result", bind(&Api::get_result));
  server.Get("/api/v1/demo", bind(&Api::demo));

  server.set_payload_max_length(options_.max_body_bytes);

  // httplib calls this for every status >= 400 before writing the response.
  // Handlers' own errors already carry a body and pass through; what is left
  // is httplib's: no route (404), too large a body (413), a bad request line.
  const std::int64_t limit = static_cast<std::int64_t>(options_.max_body_bytes);
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([limit](const Request& req, Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const Language language = request_language(req);
        if (res.status == 404) {
          send_problems(res, {{ErrorCode::kNotFound, req.path}}, language);
        } else if (res.status == 413) {
          send_problems(res, {{ErrorCode::kBodyTooLarge, "", 0, limit}}, language);
        } else {
          send_http_failure(res, res.status, language);
        }
        return httplib::Server::HandlerResponse::Handled;
      }));

  // A bug in a handler is a 500 with a JSON body, never a dropped connection.
  server.set_exception_handler([](const Request& req, Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::fprintf(stderr, "sammen-server: bug: %s %s threw: %s\n", req.method.c_str(),
                 req.path.c_str(), what.c_str());
    std::fflush(stderr);
    res.body.clear();
    send_http_failure(res, 500, request_language(req));
  });
}

void Api::list_processes(const Request& req, Response& res) {
  const Language language = request_language(req);
  const Result<std::optional<Municipality>> municipality = store_.municipality();
  if (!succeeded(municipality, res, language)) return;
  const Result<std::vector<Process>> processes = store_.processes();
  if (!succeeded(processes, res, language)) return;
  const UnixSeconds t = now();
  wire::ProcessList list{municipality.value(), {}};
  for (const Process& process : processes.value())
    list.processes.push_back(wire::summarize(process, t));
  send_json(res, 200, wire::encode(list));
}

void Api::get_process(const Request& req, Response& res) {
  const Language language = request_language(req);
  const std::string id = path_id(req);
  std::optional<Process> process = find_process(id, res, language);
  if (!process) return;
  const Result<std::optional<Municipality>> municipality = store_.municipality();
  if (!succeeded(municipality, res, language)) return;
  const UnixSeconds t = now();
  const Process& p = *process;
  wire::ProcessDetail detail{municipality.value().value_or(Municipality{}), p, t,
                             current_phase(p, t), voting_open(p, t)};
  send_json(res, 200, wire::encode(detail));
}

void Api::submit_ballot(const Request& req, Response& res) {
  Language language = request_language(req);
  const std::string id = path_id(req);
  std::shared_lock<std::shared_mutex> voting(voting_);

  std::optional<Process> loaded = find_process(id, res, language);
  if (!loaded) return;
  const Process& process = *loaded;

  const Result<Json> body = wire::parse(req.body);
  if (!succeeded(body, res, language)) return;
  language = request_language(req, body_language(body.value()));
  const Result<wire::BallotSubmission> submission =
      wire::decode_ballot_submission(body.value(), id);
  if (!succeeded(submission, res, language)) return;
  const wire::BallotSubmission& s = submission.value();

  if (auth::normalize_voter_code(s.voter_code).empty()) {
    return send_problems(res, {{ErrorCode::kVoterCodeMissing, "voter_code"}}, language);
  }
  const std::string voter = voter_codes_.hash(s.voter_code);
  const Result<bool> on_roll = store_.voter_on_roll(id, voter);
  if (!succeeded(on_roll, res, language)) return;
  if (!on_roll.value())
    return send_problems(res, {{ErrorCode::kVoterCodeUnknown, "voter_code"}}, language);

  const UnixSeconds t = now();
  if (const std::optional<Problem> closed = why_voting_is_not_open(process, t)) {
    return send_problems(res, {*closed}, language);
  }
  const std::vector<Problem> problems = validate(s.ballot, process);
  if (!problems.empty()) {
    const Result<std::optional<Municipality>> municipality = store_.municipality();
    return send_problems(res, problems, language,
                         municipality.ok() ? currency_of(municipality.value()) : "NOK");
  }

  const Result<wire::BallotReceipt> receipt = store_.put_ballot(voter, s.ballot, t);
  if (!succeeded(receipt, res, language)) return;
  send_json(res, receipt.value().replaced ? 200 : 201, wire::encode(receipt.value()));
}

void Api::my_ballot(const Request& req, Response& res) {
  const Language language = request_language(req);
  const std::string id = path_id(req);
  std::optional<Process> process = find_process(id, res, language);
  if (!process) return;
  const std::string code = req.get_header_value("X-Voter-Code");
  if (auth::normalize_voter_code(code).empty()) {
    return send_problems(res, {{ErrorCode::kVoterCodeMissing, "X-Voter-Code"}}, language);
  }
  const std::string voter = voter_codes_.hash(code);
  const Result<bool> on_roll = store_.voter_on_roll(id, voter);
  if (!succeeded(on_roll, res, language)) return;
  if (!on_roll.value())
    return send_problems(res, {{ErrorCode::kVoterCodeUnknown, "X-Voter-Code"}}, language);
  const Result<std::optional<StoredBallot>> ballot = store_.ballot_of(id, voter);
  if (!succeeded(ballot, res, language)) return;
  if (!ballot.value()) return send_problems(res, {{ErrorCode::kNotFound, "ballot"}}, language);
  send_json(res, 200,
            {{"version", wire::kVersion},
             {"ballot", wire::encode(ballot.value()->ballot)},
             {"submitted_at", ballot.value()->submitted_at}});
}

bool Api::admin(const Request& req, Response& res, Language language) {
  const std::optional<std::string> token =
      auth::bearer_token(req.get_header_value("Authorization"));
  if (token && admin_token_.valid(*token)) return true;
  send_problems(res, {{ErrorCode::kAdminTokenInvalid, "Authorization"}}, language);
  return false;
}

std::optional<Process> Api::find_process(const std::string& id, Response& res,
                                         Language language) {
  Result<std::optional<Process>> loaded = store_.process(id);
  if (!succeeded(loaded, res, language)) return std::nullopt;
  if (!loaded.value()) send_problems(res, {{ErrorCode::kUnknownProcess, id}}, language);
  return std::move(loaded).value();
}

void Api::close_voting(const Request& req, Response& res) {
  const Language language = request_language(req);
  if (!admin(req, res, language)) return;
  const std::string id = path_id(req);
  std::unique_lock<std::shared_mutex> voting(voting_);
  std::optional<Process> loaded = find_process(id, res, language);
  if (!loaded) return;
  Process& process = *loaded;
  if (!process.voting_closed) {
    process.voting_closed = true;
    const Status saved = store_.save_process(process);
    if (!succeeded(saved, res, language)) return;
  }
  Json summary = wire::encode(wire::summarize(process, now()));
  summary["version"] = wire::kVersion;
  send_json(res, 200, summary);
}

void Api::publish(const Request& req, Response& res) {
  const Language language = request_language(req);
  if (!admin(req, res, language)) return;
  const std::string id = path_id(req);
  std::unique_lock<std::shared_mutex> voting(voting_);
  std::optional<Process> loaded = find_process(id, res, language);
  if (!loaded) return;
  Process& process = *loaded;
  if (process.result_published)
    return send_problems(res, {{ErrorCode::kAlreadyPublished, id}}, language);
  const Result<std::optional<Municipality>> municipality = store_.municipality();
  if (!succeeded(municipality, res, language)) return;
  const Result<std::vector<StoredBallot>> stored = store_.ballots(id);
  if (!succeeded(stored, res, language)) return;

  std::vector<Ballot> ballots;
  for (const StoredBallot& s : stored.value()) ballots.push_back(s.ballot);
  const ProcessResult result = count_process(process, ballots);
  for (const DistrictOutcome& district : result.districts) {
    for (const ProposalOutcome& outcome : district.proposals) {
      for (Proposal& proposal : process.proposals) {
        if (proposal.id != outcome.proposal_id || !on_ballot(proposal)) continue;
        proposal.status = outcome.verdict == counting::Verdict::kFunded
                              ? ProposalStatus::kSelected
                              : ProposalStatus::kNotSelected;
      }
    }
  }
  process.voting_closed = true;
  process.result_published = true;
  const UnixSeconds t = now();
  const Status saved = store_.publish(process, result, t);
  if (!succeeded(saved, res, language)) return;
  Json body = wire::encode(result, process, language, currency_of(municipality.value()));
  body["published_at"] = t;
  send_json(res, 200, body);
}

void Api::get_result(const Request& req, Response& res) {
  const Language language = request_language(req);
  const std::string id = path_id(req);
  std::optional<Process> process = find_process(id, res, language);
  if (!process) return;
  const Result<std::optional<StoredResult>> stored = store_.result(id);
  if (!succeeded(stored, res, language)) return;
  if (!stored.value()) return send_problems(res, {{ErrorCode::kResultNotPublished, id}}, language);
  const Result<std::optional<Municipality>> municipality = store_.municipality();
  if (!succeeded(municipality, res, language)) return;
  Json body = wire::encode(stored.value()->result, *process, language,
                           currency_of(municipality.value()));
  body["published_at"] = stored.value()->published_at;
  send_json(res, 200, body);
}

void Api::list_ballots(const Request& req, Response& res) {
  const Language language = request_language(req);
  if (!admin(req, res, language)) return;
  const std::string id = path_id(req);
  std::optional<Process> process = find_process(id, res, language);
  if (!process) return;
  const Result<std::vector<StoredBallot>> stored = store_.ballots(id);
  if (!succeeded(stored, res, language)) return;
  std::vector<Ballot> ballots;
  Json list = Json::array();
  for (const StoredBallot& s : stored.value()) {
    ballots.push_back(s.ballot);
    list.push_back(encode_stored(s));
  }
  send_json(res, 200,
            {{"version", wire::kVersion},
             {"count", ballots.size()},
             {"ballots_fingerprint", ballots_fingerprint(ballots)},
             {"ballots", list}});
}

void Api::demo(const Request& req, Response& res) {
  const Language language = request_language(req);
  const Result<std::optional<wire::DemoCodes>> demo = store_.demo_codes();
  if (!succeeded(demo, res, language)) return;
  if (!demo.value()) return send_problems(res, {{ErrorCode::kNotFound, "demo"}}, language);
  send_json(res, 200, wire::encode(*demo.value()));
}

}  // namespace sammen::server
