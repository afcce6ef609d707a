// Api: the /api/v1 routes of the Sammen server.
//
// Handlers are thin: decode the request with wire::, ask the model (process.h,
// ballot.h, tally.h), read or write the Store, encode the answer with wire::.
// Ballot writes hold a shared lock and close/publish an exclusive one, so a
// ballot that got a 2xx was stored while voting was open and is in any result
// published after it. Errors are JSON bodies from http_json.h; a storage
// failure is 503 server.storage_failed with nothing half-written.
#pragma once

#include <httplib.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <shared_mutex>
#include <string>

#include "auth.h"
#include "sammen/process.h"
#include "store.h"

namespace sammen::server {

struct ApiOptions {
  std::function<UnixSeconds()> clock;      // the server's now; the system clock when empty
  std::size_t max_body_bytes = 64 * 1024;  // larger bodies get 413 request.body_too_large
};

class Api {
 public:
  Api(Store& store, auth::VoterCodeHasher voter_codes, std::string admin_token_hash,
      ApiOptions options);

  // Registers the routes, the payload limit, and error and exception
  // handlers that answer in JSON, on `server`.
  void install(httplib::Server& server);

 private:
  using Request = httplib::Request;
  using Response = httplib::Response;

  void list_processes(const Request& req, Response& res);
  void get_process(const Request& req, Response& res);
  void submit_ballot(const Request& req, Response& res);
  void my_ballot(const Request& req, Response& res);
  void close_voting(const Request& req, Response& res);
  void publish(const Request& req, Response& res);
  void get_result(const Request& req, Response& res);
  void list_ballots(const Request& req, Response& res);
  void demo(const Request& req, Response& res);

  // Sends 401 and returns false unless the request carries the admin token.
  bool admin(const Request& req, Response& res, Language language);
  // The process `id`, or nothing after answering 404 (unknown) or 503 (storage).
  std::optional<Process> find_process(const std::string& id, Response& res, Language language);
  UnixSeconds now() const;

  Store& store_;
  auth::VoterCodeHasher voter_codes_;
  auth::AdminTokenCheck admin_token_;
  ApiOptions options_;
  std::shared_mutex voting_;  // shared: ballot writes; exclusive: close and publish
};

}  // namespace sammen::server
