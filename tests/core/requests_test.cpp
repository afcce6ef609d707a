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

TEST_F(RequestsApi, RefusesABodyWithoutAWholeNumberVersion) {
  const std::string code = demo_codes().at(0);
  Json b = Json::parse(ballot(code, "stranda", {"kajakkbod"}));
  const auto refused = [&](const Json& body_json) {
    const httplib::Result r = post(kBallots, body_json.dump());
    return r ? std::to_string(r->status) + " " + error_code(r) + " " +
                   body(r)["error"]["problems"][0].value("subject", "")
             : std::string("no answer");
  };
  b.erase("version");
  EXPECT_EQ(refused(b), "400 request.missing_field version");
  b["version"] = nullptr;
  EXPECT_EQ(refused(b), "400 request.missing_field version");
  b["version"] = "1";
  EXPECT_EQ(refused(b), "400 request.wrong_type version");
  b["version"] = 1.0;
  EXPECT_EQ(refused(b), "400 request.wrong_type version");
  b["version"] = Json::array({1});
  EXPECT_EQ(refused(b), "400 request.wrong_type version");
  b["version"] = 2;
  EXPECT_EQ(refused(b), "400 request.unsupported_version version");
  EXPECT_EQ(body(post(kBallots + "?lang=en", Json{{"voter_code", code}}.dump()))["error"]["message"],
            "The field \"version\" is missing.");
  EXPECT_TRUE(stored_ballots()["ballots"].empty()) << "nothing was stored";
}

TEST_F(RequestsApi, RefusesBrokenJsonOfEveryKind) {
  for (const std::string& broken :
       {std::string(""), std::string("{"), std::string("{\"version\": 1,}"),
        std::string("{\"version\": 01}"), std::string("{'version': 1}"),
        std::string("{\"version\": 1} trailing"), std::string("\xef\xbb\xbf{\"version\": 1"),
        std::string("{\"version\": NaN}"), std::string("{\"a\": \"\\ud800\"}"),
        std::string("{\"version\": 1, \"voter_code\": \"\x01\"}") + std::string(1, '\0')}) {
    const httplib::Result r = post(kBallots, broken);
    ASSERT_TRUE(r) << broken;
    EXPECT_EQ(r->status, 400) << broken;
    EXPECT_EQ(error_code(r), "request.malformed_json") << broken;
  }
}

TEST_F(RequestsApi, RefusesNumbersTooLargeForTheirField) {
  for (const std::string& huge :
       {std::string("18446744073709551616"), std::string("9223372036854775808"),
        std::string("1e400"), std::string("-9223372036854775809")}) {
    const httplib::Result r = post(kBallots, "{\"version\": " + huge + "}");
    ASSERT_TRUE(r) << huge;
    EXPECT_EQ(r->status, 400) << huge;
    EXPECT_TRUE(error_code(r) == "request.wrong_type" || error_code(r) == "request.malformed_json")
        << huge << " " << error_code(r);
  }
  // An int field (the ballot's minimum spend, a percentage) is never wrapped around.
  const httplib::Result r = put(kDemoProcess,
                                Json{{"version", 1},
                                     {"id", "innbyggerbudsjett-2027"},
                                     {"title", "x"},
                                     {"rung", "co_decide"},
                                     {"ballot", {{"format", "knapsack"}, {"min_spend_percent", 4294967296LL}}},
                                     {"counting_rule", "greedy"},
                                     {"phases", Json::array()},
                                     {"budgets", Json::array()}}
                                    .dump(),
                                admin());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400) << r->body;
  EXPECT_EQ(error_code(r), "request.wrong_type");
}

TEST_F(RequestsApi, RefusesATenMegabyteBodyAndKeepsServing) {
  const httplib::Result r = post(kBallots, std::string(10 * 1024 * 1024, ' '));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(error_code(r), "request.body_too_large");
  EXPECT_EQ(get("/api/v1/processes")->status, 200);
}

// Regression: an upload route read a multipart body as raw bytes, which
// cpp-httplib refuses with an exception (a 500). Its parts are read now.
TEST_F(RequestsApi, AnUploadRouteReadsAMultipartBodyInsteadOfFailing) {
  const httplib::MultipartFormDataItems items = {{"file", "Navn;Adresse\n", "roll.csv", "text/csv"}};
  const httplib::Result r =
      client().Post(std::string(kDemoProcess) + "/roll", admin(), items);
  ASSERT_TRUE(r);
  EXPECT_GE(r->status, 400);
  EXPECT_LT(r->status, 500) << r->body;
  EXPECT_EQ(get("/api/v1/processes")->status, 200);
}

TEST_F(RequestsApi, RefusesHeadersTooLongAndKeepsServing) {
  const httplib::Result long_value = get("/api/v1/processes", {{"X-Long", std::string(20000, 'a')}});
  ASSERT_TRUE(long_value);
  EXPECT_EQ(long_value->status, 400);
  const httplib::Result long_path = get("/api/v1/processes/" + std::string(20000, 'p'));
  ASSERT_TRUE(long_path);
  EXPECT_EQ(long_path->status, 414);
  EXPECT_EQ(get("/api/v1/processes")->status, 200);
}

TEST_F(RequestsApi, RefusesControlCharactersInPathsRawOrEncoded) {
  for (const std::string& path :
       {std::string("/api/v1/processes%00"), std::string("/index.html%00.js"),
        std::string("/api/v1/processes/a%0Ab"), std::string("/api/v1/processes/a%0d%0aSet-Cookie:x"),
        std::string("/api/v1/processes/%7F"), std::string("/api/v1/processes/%1B")}) {
    const httplib::Result r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path;
    EXPECT_EQ(error_code(r), "request.bad_request") << path;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
  }
  const httplib::Result page = get("/html/processes/a%00b?lang=en");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 400);
  EXPECT_EQ(page->get_header_value("Content-Type").rfind("text/html", 0), 0u);
}

TEST_F(RequestsApi, NeverServesAFileOutsideItsFolderInAnyEncoding) {
  for (const std::string& path :
       {std::string("/../../../../etc/passwd"), std::string("/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        std::string("/%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd"),
        std::string("/..%2f..%2f..%2fetc%2fpasswd"), std::string("/%252e%252e/%252e%252e/etc/passwd"),
        std::string("/..%5c..%5c..%5cetc%5cpasswd"), std::string("/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
        std::string("/client/../../../etc/passwd"), std::string("//etc/passwd"),
        std::string("/html/../../etc/passwd"), std::string("/./.././../etc/passwd")}) {
    const httplib::Result r = get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_GE(r->status, 400) << path;
    EXPECT_EQ(r->body.find("root:"), std::string::npos) << path;
  }
}

TEST_F(RequestsApi, StopsCleanlyOnSigterm) {
  EXPECT_EQ(server_.stop(), 0);
}

}  // namespace
}  // namespace sammen::testing
