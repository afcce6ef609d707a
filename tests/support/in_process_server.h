// InProcessServer: every feature's routes on the server's HttpServer in this
// process, with the same error answers, security headers and request screen,
// on a TestDatabase and a clock the test sets, answered over 127.0.0.1. For
// tests that make the database fail or move time.
#pragma once

#include <httplib.h>

#include <atomic>
#include <functional>
#include <thread>

#include "core/gate.h"
#include "core/http_server.h"
#include "core/voting_gate.h"
#include "test_database.h"

namespace sammen::testing {

class InProcessServer {
 public:
  // `more_routes` may add routes of the test's own before the server listens.
  explicit InProcessServer(TestDatabase& database,
                           const std::function<void(httplib::Server&)>& more_routes = {});
  ~InProcessServer();
  InProcessServer(const InProcessServer&) = delete;
  InProcessServer& operator=(const InProcessServer&) = delete;

  httplib::Client client() const;

  std::atomic<UnixSeconds> now = kSeedTime + kDay;

 private:
  server::HttpServer http_;
  server::VotingGate voting_;
  server::Gate gate_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace sammen::testing
