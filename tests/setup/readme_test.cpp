// The README's first start, sent as it is written: the payloads after
// "<!-- payload: NAME -->" in README.md go to the real server unchanged.
#include <fstream>
#include <sstream>

#include "server_fixture.h"

#ifndef SAMMEN_README
#error "SAMMEN_README must name README.md (set by CMake)"
#endif

namespace sammen::testing {
namespace {

// The fenced block that follows "<!-- payload: name -->" in the README.
std::string readme_payload(const std::string& name) {
  std::ifstream in(SAMMEN_README);
  std::stringstream text;
  text << in.rdbuf();
  const std::string readme = text.str();
  const std::size_t marker = readme.find("<!-- payload: " + name + " -->");
  if (marker == std::string::npos) return "";
  const std::size_t open = readme.find("```", marker);
  const std::size_t start = readme.find('\n', open) + 1;
  const std::size_t close = readme.find("\n```", start);
  return readme.substr(start, close - start + 1);
}

class ReadmeFirstStart : public ServerTest {
 protected:
  void SetUp() override {
    start(std::vector<std::string>{"--no-demo", "--admin-token", kAdminToken});
  }
};

TEST_F(ReadmeFirstStart, ThePayloadsSetUpAProcessAndItsRoll) {
  const auto sent = [&](const httplib::Result& r, int status) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, status) << r->body;
  };
  sent(put("/api/v1/municipality", readme_payload("municipality"), admin()), 200);
  sent(post("/api/v1/processes", readme_payload("process"), admin()), 201);
  sent(post("/api/v1/processes/budsjett-2028/proposals", readme_payload("proposal"), admin()), 201);
  const httplib::Result roll = client().Post("/api/v1/processes/budsjett-2028/roll?format=csv",
                                             admin(), readme_payload("roll"), "text/csv");
  sent(roll, 201);
  EXPECT_NE(roll->body.find("Kari Nordmann"), std::string::npos);
  EXPECT_NE(roll->body.find("Ola Nordmann"), std::string::npos);
  const Json detail = body(get("/api/v1/processes/budsjett-2028?lang=en"));
  EXPECT_EQ(detail["process"]["title"], "Citizens' budget 2028");
  EXPECT_EQ(detail["process"]["eligibility"]["min_age"], 13);
  EXPECT_EQ(detail["municipality"]["languages"], Json({"nb", "en"}));
}

}  // namespace
}  // namespace sammen::testing
