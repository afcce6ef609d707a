// PageClient: the HTML path as a browser without a screen sees it, for tests.
//
// Talks to a real server over 127.0.0.1, keeps the cookies it sets (as a
// browser would for this one site), posts forms as
// application/x-www-form-urlencoded and reads fields out of a page. It never
// follows a redirect, so a test sees each 303 and where it points.
// PageTest runs every feature's routes in-process on a seeded TestDatabase.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/form.h"
#include "in_process_server.h"

namespace sammen::testing {

class PageClient {
 public:
  explicit PageClient(const InProcessServer& server) : server_(server) {}

  httplib::Result get(const std::string& path, httplib::Headers headers = {}) {
    add_cookies(headers);
    httplib::Result r = server_.client().Get(path, headers);
    keep_cookies(r);
    return r;
  }
  httplib::Result post(const std::string& path, const std::vector<server::Form::Field>& fields,
                       httplib::Headers headers = {}) {
    add_cookies(headers);
    httplib::Result r = server_.client().Post(path, headers, server::encode_form(fields),
                                              "application/x-www-form-urlencoded");
    keep_cookies(r);
    return r;
  }

  std::string cookie(const std::string& name) const {
    const auto it = cookies_.find(name);
    return it == cookies_.end() ? "" : it->second;
  }
  void set_cookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
  void forget_cookies() { cookies_.clear(); }

  // The value="..." of the input named `name` in `html` ("" when none).
  static std::string field(const std::string& html, const std::string& name) {
    const std::string marker = "name=\"" + name + "\" value=\"";
    const std::size_t at = html.find(marker);
    if (at == std::string::npos) return "";
    const std::size_t start = at + marker.size();
    return html.substr(start, html.find('"', start) - start);
  }

 private:
  void add_cookies(httplib::Headers& headers) const {
    std::string all;
    for (const auto& [name, value] : cookies_) all += (all.empty() ? "" : "; ") + name + "=" + value;
    if (!all.empty()) headers.emplace("Cookie", all);
  }
  void keep_cookies(const httplib::Result& r) {
    if (!r) return;
    for (std::size_t i = 0; i < r->get_header_value_count("Set-Cookie"); ++i) {
      const std::string header = r->get_header_value("Set-Cookie", i);
      const std::string pair = header.substr(0, header.find(';'));
      const std::size_t eq = pair.find('=');
      if (eq != std::string::npos) cookies_[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
  }

  const InProcessServer& server_;
  std::map<std::string, std::string> cookies_;
};

// Every feature's routes in-process over a seeded demo, and a PageClient.
class PageTest : public ::testing::Test {
 protected:
  static constexpr const char* kProcess = "/html/processes/innbyggerbudsjett-2027";
  static constexpr const char* kSentrum = "/html/processes/innbyggerbudsjett-2027/districts/sentrum";

  PageTest() {
    t_.plant();
    server_ = std::make_unique<InProcessServer>(t_);
    browser_ = std::make_unique<PageClient>(*server_);
  }

  // Renames the process, its first proposal in Sentrum and that proposal's
  // summary to text with markup in it.
  void give_everything_hostile_names() {
    Process process = t_.processes->find(server::demo::kProcessId).value().value();
    process.title = "<script>alert('title')</script>";
    process.description = "Say \"hi\" & <b>bye</b>";
    for (Proposal& p : process.proposals) {
      if (p.id == "leksekafe") {
        p.title = "<script>alert(1)</script>";
        p.summary = "<img src=x onerror=alert(2)>";
      }
    }
    ASSERT_TRUE(t_.processes->save(process).ok());
  }

  // The body of a GET, asserting its status.
  std::string page(const std::string& path, int status = 200) {
    const httplib::Result r = browser_->get(path);
    EXPECT_TRUE(r) << path;
    if (!r) return "";
    EXPECT_EQ(r->status, status) << path;
    return r->body;
  }

  // The ballot page's CSRF token (loading it sets the cookie).
  std::string csrf() { return PageClient::field(page(std::string(kSentrum) + "/ballot"), "csrf"); }

  std::string voter_code(std::size_t i = 0) const { return t_.seed().codes.voter_codes.at(i); }

  TestDatabase t_;
  std::unique_ptr<InProcessServer> server_;
  std::unique_ptr<PageClient> browser_;
};

}  // namespace sammen::testing
