// The frame of every HTML page: language, skip link, headers, error pages.
#include "page_client.h"

namespace sammen::testing {
namespace {

using PageFrame = PageTest;

TEST_F(PageFrame, EveryPageHasItsLanguageASkipLinkAndTheLanguageSwitch) {
  const std::string html = page("/html/");
  EXPECT_NE(html.find("<html lang=\"nb\">"), std::string::npos);
  EXPECT_NE(html.find("<a class=\"skip\" href=\"#main\">Hopp til innholdet</a>"), std::string::npos);
  EXPECT_NE(html.find("<main id=\"main\" tabindex=\"-1\">"), std::string::npos);
  EXPECT_NE(html.find("<nav class=\"languages\" aria-label=\"Språk\">"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"/html/?lang=da\" lang=\"da\" hreflang=\"da\">Dansk</a>"),
            std::string::npos);
  EXPECT_NE(html.find("lang=\"nb\" hreflang=\"nb\" aria-current=\"true\">Norsk bokmål</a>"),
            std::string::npos);
}

TEST_F(PageFrame, TheSwitchKeepsTheRestOfTheAddress) {
  const std::string html = page(std::string(kSentrum) + "/ballot?p=leksekafe&lang=nb");
  EXPECT_NE(html.find("href=\"/html/processes/innbyggerbudsjett-2027/districts/sentrum/"
                      "ballot?p=leksekafe&amp;lang=en\""),
            std::string::npos);
}

TEST_F(PageFrame, LanguageComesFromTheAddressThenTheCookieThenTheBrowser) {
  EXPECT_NE(browser_->get("/html/", {{"Accept-Language", "da-DK,da;q=0.9"}})->body.find(
                "<html lang=\"da\">"),
            std::string::npos);
  const httplib::Result chosen = browser_->get("/html/?lang=en");
  EXPECT_NE(chosen->body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(chosen->get_header_value("Set-Cookie").find("sammen_lang=en"), std::string::npos);
  EXPECT_EQ(chosen->get_header_value("Content-Language"), "en");
  // The cookie now wins over the browser's wish, and ?lang= over the cookie.
  EXPECT_NE(browser_->get("/html/", {{"Accept-Language", "da"}})->body.find("<html lang=\"en\">"),
            std::string::npos);
  EXPECT_NE(page("/html/?lang=da").find("<html lang=\"da\">"), std::string::npos);
}

TEST_F(PageFrame, PagesAllowNoScriptAndNoFraming) {
  const httplib::Result r = browser_->get("/html/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const std::string csp = r->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(csp.find("script-src"), std::string::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r->get_header_value("X-Frame-Options"), "DENY");
  EXPECT_EQ(r->get_header_value("Cache-Control"), "no-store");
  EXPECT_EQ(r->body.find("<script"), std::string::npos);
}

TEST_F(PageFrame, ServesTheOneStylesheet) {
  const httplib::Result r = browser_->get("/html/style.css");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_NE(r->body.find(".amount{white-space:nowrap}"), std::string::npos);
}

TEST_F(PageFrame, AnUnknownAddressIsA404PageInTheResidentsLanguage) {
  const httplib::Result r = browser_->get("/html/no/such/page?lang=en");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r->body.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(r->body.find("Nothing was found at &quot;/html/no/such/page&quot;."), std::string::npos);
  // The API keeps answering in JSON.
  EXPECT_EQ(browser_->get("/api/v1/nothing")->get_header_value("Content-Type"),
            "application/json; charset=utf-8");
}

TEST_F(PageFrame, ABadQueryIsA400Page) {
  const httplib::Result r = browser_->get(std::string(kSentrum) + "/ballot?p=%zz");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("Serveren forstod ikke forespørselen."), std::string::npos) << r->body;
}

}  // namespace
}  // namespace sammen::testing
