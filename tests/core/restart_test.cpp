// What a restart on the same SQLite file keeps.
#include "server_fixture.h"

namespace sammen::testing {
namespace {

using Restart = ServerTest;

TEST_F(Restart, BallotsSurviveARestart) {
  const std::vector<std::string> codes = demo_codes();
  const httplib::Result first = vote(codes[0], "sentrum", {"leksekafe", "innbyggerparken"});
  ASSERT_EQ(first->status, 201);
  ASSERT_EQ(vote(codes[1], "stranda", {"strandrydding"})->status, 201);
  const Json before = stored_ballots();

  restart();
  EXPECT_EQ(server_.output().find("Seeded the demo"), std::string::npos) << "seeded only once";
  EXPECT_EQ(demo_codes(), codes);
  const Json after = stored_ballots();
  EXPECT_EQ(after["count"], 2);
  EXPECT_EQ(after["ballots"], before["ballots"]);
  EXPECT_EQ(body(get("/api/v1/processes"))["processes"].size(), 1u);
  // The keys survived too: the same receipt re-votes and replaces.
  const httplib::Result again = vote_with_receipt(body(first)["receipt"], "sentrum", {"leksekafe"});
  EXPECT_EQ(again->status, 200);
  EXPECT_EQ(body(again)["replaced"], true);
}

TEST_F(Restart, ResultSurvivesARestart) {
  ASSERT_EQ(vote(demo_codes().at(0), "nordre-skog", {"turvei-lys", "gapahuk"})->status, 201);
  const httplib::Result published = post(std::string(kDemoProcess) + "/publish", "", admin());
  ASSERT_EQ(published->status, 200);

  restart();
  const httplib::Result r = get(std::string(kDemoProcess) + "/result");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  const Json before = body(published);
  const Json after = body(r);
  EXPECT_EQ(after["districts"], before["districts"]);
  EXPECT_EQ(after["ballots_fingerprint"], before["ballots_fingerprint"]);
  EXPECT_EQ(after["published_at"], before["published_at"]);
  EXPECT_EQ(post(std::string(kDemoProcess) + "/publish", "", admin())->status, 409);
}

TEST_F(Restart, ClosedVotingStaysClosed) {
  ASSERT_EQ(post(std::string(kDemoProcess) + "/close", "", admin())->status, 200);
  restart();
  EXPECT_EQ(body(get(kDemoProcess))["voting_open"], false);
  EXPECT_EQ(error_code(vote(demo_codes().at(0), "sentrum", {"leksekafe"})),
            "process.voting_closed");
}

}  // namespace
}  // namespace sammen::testing
