// ServerTest: a GoogleTest fixture around one real sammen-server process.
//
// Each test gets a fresh temp folder and SQLite file, a server seeded with the
// demo and a known admin token, and small helpers to talk JSON over loopback:
// as the installation token (admin()), an API token (bearer()) or a signed-in
// browser (sign_in() gives its Session: cookie and CSRF token). restart()
// stops and starts the server on the same file.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/json.h"
#include "server_process.h"

namespace sammen::testing {

// A signed-in browser: its session cookie and the CSRF token it sends back.
struct Session {
  std::string cookie;  // "sammen_session=..."
  std::string csrf;
  Json person;
  // The headers of a request that changes something (GET needs only the cookie).
  httplib::Headers headers() const { return {{"Cookie", cookie}, {"X-Sammen-CSRF", csrf}}; }
  httplib::Headers cookie_only() const { return {{"Cookie", cookie}}; }
};

inline constexpr const char* kDemoProcess = "/api/v1/processes/innbyggerbudsjett-2027";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override { start(); }
  void TearDown() override { server_.stop(); }

  // Starts on db(); `flags` replace the default extra flags (admin token).
  void start(std::optional<std::vector<std::string>> flags = std::nullopt) {
    if (flags) flags_ = *flags;
    std::vector<std::string> all = {"--db", db()};
    all.insert(all.end(), flags_.begin(), flags_.end());
    ASSERT_TRUE(server_.start(all)) << "server did not start:\n"
                                    << server_.output() << server_.errors();
  }
  void restart() {
    ASSERT_EQ(server_.stop(), 0) << server_.errors();
    start();
  }

  std::string db() const { return dir_.file("sammen.sqlite"); }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", server_.port());
    c.set_connection_timeout(std::chrono::seconds(10));
    c.set_read_timeout(std::chrono::seconds(20));
    c.set_write_timeout(std::chrono::seconds(10));
    return c;
  }
  httplib::Result get(const std::string& path, const httplib::Headers& headers = {}) const {
    return client().Get(path, headers);
  }
  httplib::Result post(const std::string& path, const std::string& body,
                       const httplib::Headers& headers = {}) const {
    return client().Post(path, headers, body, "application/json");
  }
  httplib::Result put(const std::string& path, const std::string& body,
                      const httplib::Headers& headers = {}) const {
    return client().Put(path, headers, body, "application/json");
  }
  httplib::Result del(const std::string& path, const httplib::Headers& headers = {}) const {
    return client().Delete(path, headers);
  }
  static httplib::Headers admin() {
    return {{"Authorization", std::string("Bearer ") + kAdminToken}};
  }
  static httplib::Headers bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}};
  }

  // Signs in; an empty session when that fails.
  Session sign_in(const std::string& email, const std::string& password) const {
    const httplib::Result r =
        post("/api/v1/session",
             Json{{"version", 1}, {"email", email}, {"password", password}}.dump());
    if (!r || r->status != 200) return {};
    const std::string set_cookie = r->get_header_value("Set-Cookie");
    const Json j = body(r);
    return {set_cookie.substr(0, set_cookie.find(';')), j["csrf_token"], j["person"]};
  }
  httplib::Result sign_up(const std::string& name, const std::string& email,
                          const std::string& password, int birth_year = 1990,
                          const std::string& district = "sentrum") const {
    return post("/api/v1/accounts", Json{{"version", 1},
                                         {"name", name},
                                         {"email", email},
                                         {"password", password},
                                         {"birth_year", birth_year},
                                         {"district_id", district}}
                                        .dump());
  }

  // The JSON body of a response (discarded JSON when it is not).
  static Json body(const httplib::Result& r) {
    return r ? Json::parse(r->body, nullptr, false) : Json(Json::value_t::discarded);
  }
  static std::string error_code(const httplib::Result& r) {
    const Json j = body(r);
    return j.is_object() && j.contains("error") ? j["error"].value("code", "") : "";
  }

  std::vector<std::string> demo_codes() const {
    const httplib::Result r = get("/api/v1/demo");
    if (!r || r->status != 200) return {};
    return body(r)["voter_codes"].get<std::vector<std::string>>();
  }

  static std::string ballot(const std::string& code, const std::string& district,
                            const std::vector<std::string>& proposals,
                            std::optional<std::string> language = std::nullopt) {
    Json j = {{"version", 1},
              {"voter_code", code},
              {"district_id", district},
              {"proposal_ids", proposals}};
    if (language) j["language"] = *language;
    return j.dump();
  }
  httplib::Result vote(const std::string& code, const std::string& district,
                       const std::vector<std::string>& proposals) const {
    return post(std::string(kDemoProcess) + "/ballots", ballot(code, district, proposals));
  }
  // A ballot cast with a receipt (a one-time credential) instead of a code.
  httplib::Result vote_with_receipt(const std::string& receipt, const std::string& district,
                                    const std::vector<std::string>& proposals) const {
    const Json j = {{"version", 1},
                    {"receipt", receipt},
                    {"district_id", district},
                    {"proposal_ids", proposals}};
    return post(std::string(kDemoProcess) + "/ballots", j.dump());
  }
  Json stored_ballots() const { return body(get(std::string(kDemoProcess) + "/ballots", admin())); }

  TempDir dir_;
  ServerProcess server_;
  std::vector<std::string> flags_ = {"--admin-token", kAdminToken};
};

}  // namespace sammen::testing
