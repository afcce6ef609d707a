// The proposals' HTML pages and the sign-in pages against the real server
// over 127.0.0.1: each page for the right person, refusals with the model's
// sentences and a 4xx status, escaping, CSRF, and a stale save that keeps
// the resident's text.
#include <ctime>
#include <functional>
#include <map>

#include "core/form.h"
#include "fjordby_fixture.h"

namespace sammen::testing {
namespace {

constexpr const char* kFormPassword = "correct horse battery";
const std::string kIdeas = "/html/processes/budsjett/ideas";

// A browser on the HTML path: keeps its cookies, never follows redirects.
class Browser {
 public:
  explicit Browser(std::function<httplib::Client()> client) : client_(std::move(client)) {}
  httplib::Result get(const std::string& path) {
    httplib::Result r = client_().Get(path, headers());
    keep(r);
    return r;
  }
  httplib::Result post(const std::string& path, std::vector<server::Form::Field> fields,
                       bool with_token = true) {
    if (with_token) fields.emplace_back("csrf", token(path));
    httplib::Result r = client_().Post(path, headers(), server::encode_form(fields),
                                         "application/x-www-form-urlencoded");
    keep(r);
    return r;
  }
  // The csrf field of the page the form to `path` is on: each feature's
  // pages have their own guard.
  std::string token(const std::string& path) {
    const bool page_itself = path.ends_with("/new") || path.ends_with("/edit") ||
                             path.rfind("/html/join", 0) == 0 || path.rfind("/html/sign", 0) == 0;
    const std::string html = get(page_itself ? path : path.substr(0, path.rfind('/')))->body;
    const std::string marker = "name=\"csrf\" value=\"";
    const std::size_t at = html.find(marker);
    return at == std::string::npos ? "" : html.substr(at + marker.size(), 64);
  }
  void sign_in(const std::string& email) {
    const httplib::Result r = post("/html/signin", {{"email", email}, {"password", kFormPassword}, {"next", "/html/mine"}});
    ASSERT_EQ(r->status, 303) << r->body;
  }

 private:
  httplib::Headers headers() const {
    std::string all;
    for (const auto& [k, v] : cookies_) all += (all.empty() ? "" : "; ") + k + "=" + v;
    return all.empty() ? httplib::Headers{} : httplib::Headers{{"Cookie", all}};
  }
  void keep(const httplib::Result& r) {
    if (!r) return;
    for (std::size_t i = 0; i < r->get_header_value_count("Set-Cookie"); ++i) {
      const std::string h = r->get_header_value("Set-Cookie", i);
      const std::string pair = h.substr(0, h.find(';'));
      const std::size_t eq = pair.find('=');
      cookies_[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
  }
  std::function<httplib::Client()> client_;
  std::map<std::string, std::string> cookies_;
};

class ProposalPages : public FjordbyTest {
 protected:
  void SetUp() override {
    FjordbyTest::SetUp();
    const UnixSeconds now = std::time(nullptr);
    Json p = process_body("budsjett", now + 3600, now + 8 * 86400);
    p["phases"][0]["starts_at"] = now - 60;
    p["phases"][0]["ends_at"] = now + 3000;
    ASSERT_EQ(put(kFjordbyProcess, p.dump(), admin())->status, 200);
  }
  std::function<httplib::Client()> browser() {
    return [this] { return client(); };
  }
  void person(const std::string& name, const std::string& email) {
    ASSERT_EQ(sign_up(name, email, kFormPassword, 1990, "nord")->status, 202);
  }
  std::vector<server::Form::Field> text(const std::string& title, const std::string& description) {
    return {{"title", title}, {"description", description}, {"district_id", "nord"},
            {"cost", "150000"}, {"production", "co_production"}, {"contribution", ""}};
  }
  // A new draft's path, written through the form.
  std::string write(Browser& b, const std::string& title,
                    const std::string& description = "Turer for eldre.") {
    const httplib::Result r = b.post(kIdeas + "/new", text(title, description));
    EXPECT_EQ(r->status, 303) << r->body;
    const std::string to = r->get_header_value("Location");
    return to.substr(0, to.find("/edit"));
  }
  static bool has(const httplib::Result& r, const std::string& s) {
    return r && r->body.find(s) != std::string::npos;
  }
};

TEST_F(ProposalPages, SigningInWithTheFormSetsTheSessionAndAWrongPasswordIsToldWhy) {
  person("Kari", "kari@example.no");
  Browser b(browser());
  const httplib::Result wrong = b.post("/html/signin", {{"email", "kari@example.no"}, {"password", "nope nope nope"}});
  EXPECT_EQ(wrong->status, 401);
  EXPECT_TRUE(has(wrong, "E-postadressen eller passordet er feil.") || has(wrong, "error-summary")) << wrong->body;
  b.sign_in("kari@example.no");
  EXPECT_TRUE(has(b.get("/html/mine"), "Kari"));
}

TEST_F(ProposalPages, AFormWithoutItsTokenIsRefused) {
  person("Kari", "kari@example.no");
  Browser b(browser());
  EXPECT_EQ(b.post("/html/signin", {{"email", "kari@example.no"}, {"password", kFormPassword}}, false)->status, 403);
  b.sign_in("kari@example.no");
  EXPECT_EQ(b.post(kIdeas + "/new", text("Uten nøkkel", "x"), false)->status, 403);
}

TEST_F(ProposalPages, WritingAProposalSignedOutLeadsToSignIn) {
  Browser b(browser());
  const httplib::Result r = b.get(kIdeas + "/new");
  EXPECT_EQ(r->status, 303);
  EXPECT_EQ(r->get_header_value("Location").rfind("/html/signin?next=", 0), 0u);
}

TEST_F(ProposalPages, ADraftWithAHostileTitleIsShownAsText) {
  person("Kari", "kari@example.no");
  Browser b(browser());
  b.sign_in("kari@example.no");
  const std::string path = write(b, "<script>alert(1)</script>");
  const httplib::Result page = b.get(path);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_FALSE(has(page, "<script>alert(1)"));
  EXPECT_TRUE(has(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(has(page, "Utkast"));
}

TEST_F(ProposalPages, TheDescriptionIsMarkdownWithItsHtmlShownAsTextAndNoScriptLinks) {
  person("Kari", "kari@example.no");
  Browser b(browser());
  b.sign_in("kari@example.no");
  const std::string path =
      write(b, "Sykkeltaxi", "Turer **hver uke**.\n\n<script>alert(1)</script>\n\n[klikk](javascript:alert(2))");
  const httplib::Result page = b.get(path);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(has(page, "<strong>hver uke</strong>"));
  EXPECT_FALSE(has(page, "<script>alert(1)"));
  EXPECT_TRUE(has(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_FALSE(has(page, "javascript:"));
}

TEST_F(ProposalPages, ADraftIsNotShownToSomeoneElse) {
  person("Kari", "kari@example.no");
  person("Per", "per@example.no");
  Browser kari(browser()), per(browser());
  kari.sign_in("kari@example.no");
  per.sign_in("per@example.no");
  const std::string path = write(kari, "Sykkeltaxi");
  EXPECT_EQ(per.get(path)->status, 404);
}

TEST_F(ProposalPages, AResidentWhoIsNoReviewerIsRefusedWithTheSentence) {
  person("Kari", "kari@example.no");
  Browser b(browser());
  b.sign_in("kari@example.no");
  const std::string path = write(b, "Sykkeltaxi");
  ASSERT_EQ(b.post(path + "/submit", {})->status, 303);
  const httplib::Result r = b.post(path + "/accept", {});
  EXPECT_EQ(r->status, 403) << r->body;
  EXPECT_TRUE(has(r, "error-summary"));
}

TEST_F(ProposalPages, AStaleSaveIsToldWhatChangedAndKeepsTheText) {
  person("Kari", "kari@example.no");
  person("Ola", "ola@example.no");
  Browser kari(browser()), ola(browser());
  kari.sign_in("kari@example.no");
  ola.sign_in("ola@example.no");
  const std::string path = write(kari, "Sykkeltaxi");
  ASSERT_EQ(kari.post(path + "/invite", {})->status, 303);
  const std::string page = kari.get(path)->body;
  const std::string marker = "<p class=\"code\">";
  const std::size_t at = page.find(marker);
  ASSERT_NE(at, std::string::npos) << page;
  const std::string code = page.substr(at + marker.size(), page.find('<', at + marker.size()) - at - marker.size());
  const httplib::Result joined = ola.post("/html/join", {{"code", code}});
  ASSERT_EQ(joined->status, 303) << joined->body;

  std::vector<server::Form::Field> karis = text("Sykkeltaxi for eldre", "Kari skrev dette.");
  karis.emplace_back("based_on", "1");
  ASSERT_EQ(kari.post(path + "/edit", karis)->status, 303);
  std::vector<server::Form::Field> olas = text("Sykkeltaxi", "Ola skrev noe annet.");
  olas.emplace_back("based_on", "1");
  const httplib::Result stale = ola.post(path + "/edit", olas);
  EXPECT_EQ(stale->status, 409);
  EXPECT_TRUE(has(stale, "Ola skrev noe annet.")) << "the resident's text stays in the form";
  EXPECT_TRUE(has(stale, "Kari skrev dette.")) << "what the other saved is shown";
  EXPECT_TRUE(has(stale, "name=\"based_on\" value=\"2\""));
}

}  // namespace
}  // namespace sammen::testing
