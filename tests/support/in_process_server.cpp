#include "in_process_server.h"

#include <gtest/gtest.h>

#include "core/http.h"
#include "core/request_screen.h"
#include "core/router.h"
#include "core/security_headers.h"

namespace sammen::testing {

InProcessServer::InProcessServer(TestDatabase& t,
                                 const std::function<void(httplib::Server&)>& more_routes)
    : gate_(t.admin(), t.attempts(), false) {
  server::Router router(http_);
  const server::Deps deps{t.db(),  [this] { return now.load(); }, voting_, t.voter_codes(),
                          t.admin(), gate_,                          t.attempts(), t.passwords()};
  for (const server::Feature& feature : all_features()) feature.install(router, deps);
  if (more_routes) more_routes(http_);
  server::install_error_answers(http_, router.largest_body());
  server::install_security_headers(http_);
  server::install_request_screen(http_);
  port_ = http_.bind("127.0.0.1", 0);
  EXPECT_GT(port_, 0);
  thread_ = std::thread([this] { http_.listen_after_bind(); });
  for (int i = 0; i < 500 && !http_.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(http_.is_running());
}

InProcessServer::~InProcessServer() {
  http_.stop();
  if (thread_.joinable()) thread_.join();
}

httplib::Client InProcessServer::client() const {
  httplib::Client c("127.0.0.1", port_);
  c.set_read_timeout(std::chrono::seconds(20));
  return c;
}

}  // namespace sammen::testing
