// The processes' HTML pages: the front page, a process, one proposal.
#include "page_client.h"

namespace sammen::testing {
namespace {

using ProcessPages = PageTest;

TEST_F(ProcessPages, TheFrontPageListsTheProcesses) {
  const std::string html = page("/html/");
  EXPECT_NE(html.find("<h1>Prosesser i Elvestad kommune</h1>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"/html/processes/innbyggerbudsjett-2027\">Innbyggerbudsjett 2027</a>"),
            std::string::npos);
  EXPECT_NE(html.find("Avstemningen er åpen."), std::string::npos);
  EXPECT_EQ(browser_->get("/html")->status, 303);
}

TEST_F(ProcessPages, AProcessListsItsDistrictsWithTheirBudgets) {
  const std::string html = page(std::string(kProcess) + "?lang=en");
  EXPECT_NE(html.find("<h1><span lang=\"nb\">Innbyggerbudsjett 2027</span></h1>"), std::string::npos)
      << "the municipality's own words keep their language";
  EXPECT_NE(html.find("Phase: Voting."), std::string::npos);
  EXPECT_NE(html.find("href=\"/html/processes/innbyggerbudsjett-2027/districts/sentrum\">"
                      "<span lang=\"nb\">Sentrum</span></a>"),
            std::string::npos);
  EXPECT_NE(html.find("Budget: NOK\u00a02,500,000 · 5 proposals"), std::string::npos);
}

TEST_F(ProcessPages, AProposalHasAShareableAddressWithOpenGraph) {
  const std::string html = page(std::string(kProcess) + "/proposals/leksekafe");
  EXPECT_NE(html.find("<meta property=\"og:title\" content=\"Leksekafé på biblioteket\">"),
            std::string::npos);
  EXPECT_NE(html.find("<meta property=\"og:type\" content=\"article\">"), std::string::npos);
  EXPECT_NE(html.find("<meta property=\"og:url\" content=\"http://127.0.0.1:"), std::string::npos);
  EXPECT_NE(html.find("/html/processes/innbyggerbudsjett-2027/proposals/leksekafe\">"),
            std::string::npos);
  EXPECT_NE(html.find("<meta property=\"og:description\" content=\""), std::string::npos);
  EXPECT_NE(html.find("Kostnad: 180\u00a0000\u00a0kr"), std::string::npos);
}

TEST_F(ProcessPages, UnknownProcessesAndProposalsAre404Pages) {
  EXPECT_NE(page("/html/processes/nope", 404).find("Prosessen «nope» finnes ikke."),
            std::string::npos);
  page(std::string(kProcess) + "/proposals/nope", 404);
}

TEST_F(ProcessPages, EveryPageEscapesHostileText) {
  give_everything_hostile_names();
  for (const std::string& path : {std::string("/html/"), std::string(kProcess),
                                  std::string(kProcess) + "/proposals/leksekafe"}) {
    const std::string html = page(path);
    EXPECT_EQ(html.find("<script"), std::string::npos) << path;
    EXPECT_EQ(html.find("<img"), std::string::npos) << path;
    EXPECT_EQ(html.find("<b>"), std::string::npos) << path;
    EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos) << path;
  }
  EXPECT_NE(page(std::string(kProcess) + "/proposals/leksekafe")
                .find("content=\"&lt;script&gt;alert(1)&lt;/script&gt;\""),
            std::string::npos);
}

}  // namespace
}  // namespace sammen::testing
