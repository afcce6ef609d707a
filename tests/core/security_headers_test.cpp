// Every answer carries the security headers, with the policy that fits it:
// the API's JSON, static files, the client's page and the HTML path.
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/security_headers.h"
#include "server_fixture.h"

namespace sammen::testing {
namespace {

class SecurityHeaders : public ServerTest {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_.path() / "web");
    std::ofstream(dir_.path() / "web/index.html") << "<!doctype html><title>Sammen</title>";
    std::ofstream(dir_.path() / "web/start.js") << "console.log('start');";
    flags_ = {"--admin-token", kAdminToken, "--web", dir_.file("web")};
    start();
  }

  // The policy of `r`, after checking the headers every answer carries.
  static std::string policy_of(const httplib::Result& r, const std::string& what) {
    EXPECT_TRUE(r) << what;
    if (!r) return "";
    EXPECT_EQ(r->get_header_value_count("Content-Security-Policy"), 1u) << what;
    EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff") << what;
    EXPECT_EQ(r->get_header_value("X-Frame-Options"), "DENY") << what;
    EXPECT_NE(r->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'"),
              std::string::npos)
        << what;
    return r->get_header_value("Content-Security-Policy");
  }
};

TEST_F(SecurityHeaders, TheApiLetsNothingLoad) {
  const httplib::Result ok = get("/api/v1/processes");
  EXPECT_EQ(policy_of(ok, "a list"), server::kNothingPolicy);
  EXPECT_EQ(ok->get_header_value("Referrer-Policy"), "no-referrer");
  EXPECT_EQ(policy_of(vote("nope", "stranda", {"kajakkbod"}), "a refusal"), server::kNothingPolicy);
  EXPECT_EQ(policy_of(get("/api/v1/nothing"), "httplib's 404"), server::kNothingPolicy);
  EXPECT_EQ(policy_of(post(std::string(kDemoProcess) + "/ballots", "{"), "malformed JSON"),
            server::kNothingPolicy);
  EXPECT_EQ(policy_of(get("/api/v1/processes%00"), "a refused path"), server::kNothingPolicy);
}

TEST_F(SecurityHeaders, TheClientPageRunsOnlyItsOwnScriptsAndWebAssembly) {
  const httplib::Result page = get("/");
  const std::string policy = policy_of(page, "the page");
  EXPECT_EQ(policy, server::kClientPagePolicy);
  EXPECT_NE(policy.find("script-src 'self' 'wasm-unsafe-eval'"), std::string::npos);
  EXPECT_EQ(policy.find("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'"), std::string::npos);
  EXPECT_EQ(page->get_header_value("Referrer-Policy"), "same-origin");
  const httplib::Result script = get("/start.js");
  EXPECT_EQ(policy_of(script, "a script"), server::kNothingPolicy);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
}

TEST_F(SecurityHeaders, TheHtmlPathRunsNoScriptAtAll) {
  const httplib::Result page = get("/html/");
  EXPECT_EQ(policy_of(page, "the front page"), server::kHtmlPathPolicy);
  EXPECT_EQ(page->get_header_value("Referrer-Policy"), "same-origin");
  EXPECT_EQ(page->get_header_value("Cache-Control"), "no-store");
  EXPECT_EQ(policy_of(get("/html/nothing"), "an error page"), server::kHtmlPathPolicy);
  EXPECT_EQ(policy_of(get("/html/style.css"), "the stylesheet"), server::kNothingPolicy);
}

TEST_F(SecurityHeaders, OnlyTheVoterCodeAndTheConfirmationRunTheBallotScript) {
  const std::string ballot = "/html/processes/innbyggerbudsjett-2027/districts/sentrum/ballot";
  for (const std::string& path : {ballot + "/code?p=leksekafe", ballot + "/done?p=leksekafe"}) {
    const httplib::Result page = get(path);
    ASSERT_EQ(page->status, 200) << path;
    const std::string policy = policy_of(page, path);
    EXPECT_EQ(policy, server::kHtmlBallotScriptPolicy) << path;
    EXPECT_NE(policy.find("script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'"),
              std::string::npos);
    EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(page->get_header_value("Referrer-Policy"), "same-origin");
  }
  EXPECT_EQ(policy_of(get(ballot + "?p=leksekafe"), "the ballot"), server::kHtmlPathPolicy);
  EXPECT_EQ(policy_of(get("/html/processes/innbyggerbudsjett-2027/districts/sentrum/ballot/codex"),
                      "an unknown page"),
            server::kHtmlPathPolicy);
}

TEST_F(SecurityHeaders, TheShippedPageHasNoInlineScriptForThePolicyToBlock) {
  std::ifstream in(std::string(SAMMEN_WEB_DIR) + "/index.html");
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(html.empty());
  std::size_t at = 0;
  while ((at = html.find("<script", at)) != std::string::npos) {
    const std::size_t end = html.find('>', at);
    EXPECT_NE(html.substr(at, end - at).find(" src=\""), std::string::npos)
        << "an inline script: " << html.substr(at, 80);
    at = end;
  }
  for (const char* handler : {"onclick=", "onload=", "oncontextmenu=", "onerror="})
    EXPECT_EQ(html.find(handler), std::string::npos) << handler;
}

}  // namespace
}  // namespace sammen::testing
