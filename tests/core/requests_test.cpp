// Reading processes, and requests that are wrong in every way but the domain.
#include <string>

#include "server_fixture.h"

namespace sammen::testing {
namespace {

using RequestsApi = ServerTest;

const std::string kBallots = std::string(kDemoProcess) + "/ballots";

TEST_F(RequestsApi, RejectsMalformedJson) {
  const httplib::Result r = post(kBallots, "{\"version\": 1, \"voter_code\": ");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(error_code(r), "request.malformed_json");
  EXPECT_EQ(body(r)["error"]["message"], "Forespørselen er ikke gyldig JSON.");
}

TEST_F(RequestsApi, RejectsInvalidUtf8AsMalformedJson) {
  const std::string bad =
      "{\"version\":1,\"voter_code\":\"ELV-\xff\xfe\",\"district_id\":\"ostbyen\","
      "\"proposal_ids\":[\"gaende-skolebuss\"]}";
  const httplib::Result r = post(kBallots, bad);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(error_code(r), "request.malformed_json");
  const httplib::Result path = get("/api/v1/processes/%FF%FE");
  ASSERT_TRUE(path);
  EXPECT_EQ(path->status, 404);
  EXPECT_EQ(error_code(path), "process.unknown");
}

TEST_F(RequestsApi, RejectsWrongTypes) {
  const Json wrong = {{"version", 1},
                      {"voter_code", demo_codes().at(0)},
                      {"district_id", 7},
                      {"proposal_ids", {"gaende-skolebuss", 3}}};
  const httplib::Result r = post(kBallots, wrong.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(error_code(r), "request.wrong_type");
  std::vector<std::string> subjects;
  const Json error = body(r)["error"];
  for (const Json& p : error["problems"]) subjects.push_back(p["subject"]);
  EXPECT_EQ(subjects, (std::vector<std::string>{"district_id", "proposal_ids[1]"}));
  EXPECT_EQ(error_code(post(kBallots, "[1, 2]")), "request.wrong_type");
  EXPECT_EQ(error_code(post(kBallots, "\"ballot\"")), "request.wrong_type");
  EXPECT_EQ(
      error_code(post(kBallots, "{\"version\":2,\"district_id\":\"ostbyen\",\"proposal_ids\":[]}")),
      "request.unsupported_version");
}

TEST_F(RequestsApi, RejectsHugeBody) {
  const std::string huge = ballot(demo_codes().at(0), "ostbyen", {std::string(100 * 1024, 'x')});
  const httplib::Result r = post(kBallots, huge);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(error_code(r), "request.body_too_large");
  EXPECT_EQ(get("/api/v1/processes")->status, 200) << "the server keeps serving";
}

TEST_F(RequestsApi, SurvivesLongArraysAndDeepNesting) {
  std::vector<std::string> many(3000, "gaende-skolebuss");  // 57 KB, under the limit
  const httplib::Result long_list = vote(demo_codes().at(0), "ostbyen", many);
  ASSERT_TRUE(long_list);
  EXPECT_EQ(long_list->status, 422);
  EXPECT_EQ(body(long_list)["error"]["problems"].size(), 1u) << "one duplicate problem per id";

  const std::string deep = std::string(30000, '[') + std::string(30000, ']');
  const httplib::Result nested = post(kBallots, deep);
  ASSERT_TRUE(nested);
  EXPECT_EQ(nested->status, 400);
  EXPECT_EQ(get("/api/v1/processes")->status, 200);
}

TEST_F(RequestsApi, UnknownApiPathIsJsonNotFound) {
  for (const std::string& path : std::vector<std::string>{"/api/v1/nothing", "/api/v2/processes",
                                                          std::string(kDemoProcess) + "/votes"}) {
    const httplib::Result r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_EQ(error_code(r), "request.not_found") << path;
  }
  EXPECT_EQ(error_code(post("/api/v1/nothing", "{}")), "request.not_found");
}

TEST_F(RequestsApi, ErrorMessagesFollowTheLanguage) {
  const std::string code = demo_codes().at(0);
  const std::vector<std::string> other_district = {"leksekafe"};

  const httplib::Result en = post(kBallots + "?lang=en", ballot(code, "ostbyen", other_district));
  EXPECT_EQ(body(en)["error"]["message"],
            "The proposal \"leksekafe\" belongs to another district.");

  const httplib::Result da = post(kBallots, ballot(code, "ostbyen", other_district),
                                  {{"Accept-Language", "da-DK,da;q=0.9,en;q=0.5"}});
  EXPECT_EQ(body(da)["error"]["message"], "Forslaget »leksekafe« hører til en anden bydel.");

  const httplib::Result in_body =
      post(kBallots, ballot(code, "ostbyen", other_district, "en"), {{"Accept-Language", "da"}});
  EXPECT_EQ(body(in_body)["error"]["message"],
            "The proposal \"leksekafe\" belongs to another district.");

  const httplib::Result fallback =
      post(kBallots, ballot(code, "ostbyen", other_district), {{"Accept-Language", "fr-FR"}});
  EXPECT_EQ(body(fallback)["error"]["message"], "Forslaget «leksekafe» hører til en annen bydel.");

  EXPECT_EQ(body(get("/api/v1/nothing?lang=en"))["error"]["message"],
            "Nothing was found at \"/api/v1/nothing\".");
}

TEST_F(RequestsApi, StopsCleanlyOnSigterm) {
  EXPECT_EQ(server_.stop(), 0);
}

}  // namespace
}  // namespace sammen::testing
