// Closing, publishing and reading the result, against the real server.
#include <map>

#include "sammen/core/sha256.h"
#include "server_fixture.h"

namespace sammen::testing {
namespace {

using AdminApi = ServerTest;

const std::string kClose = std::string(kDemoProcess) + "/close";
const std::string kPublish = std::string(kDemoProcess) + "/publish";
const std::string kResult = std::string(kDemoProcess) + "/result";

TEST_F(AdminApi, ResultIsNotAvailableBeforePublishing) {
  const httplib::Result r = get(kResult);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 409);
  EXPECT_EQ(error_code(r), "result.not_published");
}

TEST_F(AdminApi, OnlyAdminCanPublish) {
  const httplib::Result none = post(kPublish, "");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(error_code(none), "auth.sign_in_required");
  const httplib::Result wrong = post(kPublish, "", {{"Authorization", "Bearer wrong-token"}});
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(error_code(wrong), "admin.token_invalid");
  EXPECT_EQ(post(kPublish, "", {{"Authorization", kAdminToken}})->status, 401);  // no "Bearer"
  EXPECT_EQ(post(kClose, "")->status, 401);
  EXPECT_EQ(get(std::string(kDemoProcess) + "/ballots")->status, 401);
  EXPECT_EQ(get(kResult)->status, 409);  // nothing was published
}

TEST_F(AdminApi, PublishCountsAndExplains) {
  const std::vector<std::string> codes = demo_codes();
  // Østbyen (1 800 000 kr): day activity (480 000) and the playground
  // (950 000) lead with 4 votes each, then the bike workshop (220 000, 2
  // votes) still fits; the trishaws (240 000, 1 vote) find only 150 000 left.
  for (int i = 0; i < 3; ++i)
    ASSERT_EQ(vote(codes[i], "ostbyen", {"lekeplass-lokkeveien", "dagaktivitet"})->status, 201);
  ASSERT_EQ(vote(codes[3], "ostbyen", {"lekeplass-lokkeveien", "sykkelverksted"})->status, 201);
  ASSERT_EQ(vote(codes[4], "ostbyen", {"dagaktivitet", "sykkelverksted"})->status, 201);
  ASSERT_EQ(vote(codes[5], "ostbyen", {"sykling-uten-alder"})->status, 201);

  const httplib::Result r = post(kPublish, "", admin());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const Json result = body(r);
  EXPECT_EQ(result["ballots"], 6);
  EXPECT_EQ(result["rule"], "greedy");
  EXPECT_EQ(result["ballots_fingerprint"], stored_ballots()["ballots_fingerprint"]);
  Json ostbyen;
  for (const Json& d : result["districts"]) {
    EXPECT_LE(d["spent"].get<std::int64_t>(), d["budget"].get<std::int64_t>());
    if (d["district_id"] == "ostbyen") ostbyen = d;
  }
  ASSERT_TRUE(ostbyen.is_object());
  std::map<std::string, std::string> verdict;
  for (const Json& p : ostbyen["proposals"]) {
    verdict[p["proposal_id"]] = p["verdict"];
    EXPECT_FALSE(p["explanation"].get<std::string>().empty());
  }
  EXPECT_EQ(verdict["lekeplass-lokkeveien"], "funded");
  EXPECT_EQ(verdict["dagaktivitet"], "funded");
  EXPECT_EQ(verdict["sykkelverksted"], "funded");
  EXPECT_EQ(verdict["sykling-uten-alder"], "did_not_fit");
  EXPECT_EQ(verdict["gaende-skolebuss"], "no_support");
  EXPECT_EQ(ostbyen["spent"], 165'000'000);

  // The process now shows the outcome on its proposals.
  const Json detail = body(get(kDemoProcess));
  EXPECT_EQ(detail["process"]["result_published"], true);
  EXPECT_EQ(detail["voting_open"], false);
  for (const Json& p : detail["process"]["proposals"]) {
    if (p["id"] == "lekeplass-lokkeveien") {
      EXPECT_EQ(p["status"], "selected");
    }
    if (p["id"] == "sykling-uten-alder") {
      EXPECT_EQ(p["status"], "not_selected");
    }
  }
  const httplib::Result read = get(kResult + "?lang=en");
  ASSERT_EQ(read->status, 200);
  EXPECT_EQ(body(read)["language"], "en");
  EXPECT_EQ(body(read)["ballots_fingerprint"], result["ballots_fingerprint"]);
  EXPECT_EQ(body(read)["districts"].size(), 4u);
}

TEST_F(AdminApi, ThePublishedBallotsAreAPabulibFileWhoseFingerprintTheResultShows) {
  const std::string file_path = std::string(kDemoProcess) + "/ballots.pb";
  const httplib::Result first = vote(demo_codes().at(0), "ostbyen", {"dagaktivitet"});
  const httplib::Result second = vote(demo_codes().at(1), "sentrum", {"leksekafe"});
  ASSERT_EQ(first->status, 201);
  ASSERT_EQ(second->status, 201);
  const httplib::Result before = get(file_path);
  EXPECT_EQ(before->status, 409);
  EXPECT_EQ(error_code(before), "result.not_published");

  ASSERT_EQ(post(kPublish, "", admin())->status, 200);
  const httplib::Result file = get(file_path);
  ASSERT_EQ(file->status, 200) << file->body;
  EXPECT_EQ(body(get(kResult))["ballots_file_sha256"], sha256_hex(file->body));
  // Each resident finds their ballot by its mark; nothing else names a voter.
  EXPECT_NE(file->body.find(body(first)["mark"].get<std::string>() + ";dagaktivitet;ostbyen"),
            std::string::npos)
      << file->body;
  EXPECT_NE(file->body.find(body(second)["mark"].get<std::string>() + ";leksekafe;sentrum"),
            std::string::npos);
  EXPECT_EQ(file->body.find(demo_codes().at(0)), std::string::npos);
  EXPECT_EQ(get(file_path)->body, file->body) << "the same bytes every time";
}

TEST_F(AdminApi, PublishingTwiceIsRefused) {
  ASSERT_EQ(post(kPublish, "", admin())->status, 200);
  const httplib::Result again = post(kPublish, "", admin());
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 409);
  EXPECT_EQ(error_code(again), "result.already_published");
}

TEST_F(AdminApi, BallotsAfterCloseAreRejected) {
  const std::vector<std::string> codes = demo_codes();
  ASSERT_EQ(vote(codes[0], "stranda", {"badebrygge"})->status, 201);
  const httplib::Result closed = post(kClose, "", admin());
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->status, 200) << closed->body;
  EXPECT_EQ(body(closed)["voting_open"], false);

  const httplib::Result late = vote(codes[1], "stranda", {"badebrygge"});
  EXPECT_EQ(late->status, 409);
  EXPECT_EQ(error_code(late), "process.voting_closed");
  EXPECT_EQ(vote(codes[0], "stranda", {"kajakkbod"})->status, 409);  // no re-vote either
  EXPECT_EQ(stored_ballots()["ballots"][0]["proposal_ids"], Json({"badebrygge"}));
  EXPECT_EQ(body(get("/api/v1/processes"))["processes"][0]["voting_open"], false);
}

TEST_F(AdminApi, PrintsAGeneratedAdminTokenOnceAndKeepsItsHash) {
  ServerProcess other;
  TempDir dir;
  ASSERT_TRUE(other.start({"--db", dir.file("other.sqlite")})) << other.errors();
  const std::string marker = "Admin token (shown only now; only its hash is stored): ";
  const std::size_t at = other.output().find(marker);
  ASSERT_NE(at, std::string::npos) << other.output();
  const std::string token = other.output().substr(at + marker.size(), 64);
  auto list = [&](const std::string& bearer) {
    httplib::Client c("127.0.0.1", other.port());
    return c.Get(std::string(kDemoProcess) + "/ballots", {{"Authorization", "Bearer " + bearer}});
  };
  EXPECT_EQ(list(token)->status, 200);
  EXPECT_EQ(list(token + "x")->status, 401);

  ASSERT_EQ(other.stop(), 0);
  ASSERT_TRUE(other.start({"--db", dir.file("other.sqlite")})) << other.errors();
  EXPECT_EQ(other.output().find(marker), std::string::npos);
  EXPECT_EQ(list(token)->status, 200);
}

}  // namespace
}  // namespace sammen::testing
