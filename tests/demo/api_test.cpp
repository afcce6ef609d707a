// The demo, as the real server seeds and shows it.
#include "sammen/rolls/voter_code.h"
#include "server_fixture.h"

namespace sammen::testing {
namespace {

using RequestsApi = ServerTest;

TEST_F(RequestsApi, ShowsTheDemoVoterCodesAsStrongAsARollsCodes) {
  const Json demo = body(get("/api/v1/demo"));
  EXPECT_EQ(demo["process_id"], "innbyggerbudsjett-2027");
  ASSERT_EQ(demo["voter_codes"].size(), 40u);
  for (const Json& code : demo["voter_codes"]) {
    const std::string c = code;
    EXPECT_TRUE(voter_code_checks_out(c)) << c;
    EXPECT_NE(server_.output().find(c), std::string::npos) << "printed at start: " << c;
  }
}

TEST_F(RequestsApi, PrintsTheDemoAdministratorWhoCanSignIn) {
  const std::string marker = "admin@elvestad.example  password: ";
  const std::size_t at = server_.output().find(marker);
  ASSERT_NE(at, std::string::npos) << server_.output();
  const std::string password = server_.output().substr(at + marker.size(), 23);
  const Session admin = sign_in("admin@elvestad.example", password);
  EXPECT_EQ(admin.person["roles"], Json({"administrator"}));
}

TEST_F(RequestsApi, NoDemoFlagLeavesTheStoreEmpty) {
  server_.stop();
  ServerProcess bare;
  ASSERT_TRUE(
      bare.start({"--db", dir_.file("bare.sqlite"), "--no-demo", "--admin-token", kAdminToken}));
  httplib::Client c("127.0.0.1", bare.port());
  const httplib::Result list = c.Get("/api/v1/processes");
  ASSERT_TRUE(list);
  EXPECT_EQ(list->status, 200);
  EXPECT_EQ(body(list)["processes"], Json::array());
  EXPECT_TRUE(body(list)["municipality"].is_null());
  EXPECT_EQ(c.Get("/api/v1/demo")->status, 404);
}

}  // namespace
}  // namespace sammen::testing
