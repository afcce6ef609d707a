// The results page: each proposal with its verdict and its explanation.
#include "core/html.h"
#include "page_client.h"
#include "sammen/results/explanation.h"

namespace sammen::testing {
namespace {

using ResultPages = PageTest;

class PublishedResultPages : public PageTest {
 protected:
  void publish() {
    const std::string token = csrf();
    const std::string ballot = std::string(kSentrum) + "/ballot/code";
    for (std::size_t voter = 0; voter < 3; ++voter) {
      ASSERT_EQ(browser_->post(ballot, {{"csrf", token}, {"p", "leksekafe"},
                                        {"voter_code", voter_code(voter)}})->status, 303);
    }
    const httplib::Headers admin = {{"Authorization", std::string("Bearer ") + kAdminToken}};
    ASSERT_EQ(server_->client()
                  .Post("/api/v1/processes/innbyggerbudsjett-2027/publish", admin, "",
                        "application/json")
                  ->status,
              200);
  }
  const std::string results = std::string(kProcess) + "/results";
};

TEST_F(ResultPages, BeforePublishingThePageSaysSo) {
  EXPECT_NE(page(std::string(kProcess) + "/results", 409).find("Resultatet er ikke publisert ennå."),
            std::string::npos);
}

TEST_F(PublishedResultPages, EveryProposalIsExplained) {
  publish();
  const std::string html = page(results + "?lang=en");
  EXPECT_NE(html.find("<h1>Result: Innbyggerbudsjett 2027</h1>"), std::string::npos);
  EXPECT_NE(html.find("3 ballots counted"), std::string::npos);
  const Process process = t_.processes->find(server::demo::kProcessId).value().value();
  const server::results::StoredTally stored = t_.results->find(server::demo::kProcessId).value().value();
  std::size_t explained = 0;
  for (const DistrictTally& district : stored.tally.districts) {
    for (const ProposalOutcome& outcome : district.proposals) {
      const std::string said =
          server::escape(explain(outcome, process, {Language::kEnglish, "NOK"}));
      EXPECT_NE(html.find(said), std::string::npos) << said;
      ++explained;
    }
  }
  EXPECT_GT(explained, 10u);
  EXPECT_NE(html.find("<p class=\"verdict funded\">Funded · 3 votes</p>"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"verdict not-funded\">Not funded · 0 votes</p>"), std::string::npos);
}

TEST_F(PublishedResultPages, ThePageEscapesHostileText) {
  give_everything_hostile_names();
  publish();
  const std::string html = page(results);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
}

}  // namespace
}  // namespace sammen::testing
