// Every administrative action refused to someone signed out (401), a
// resident and a reviewer (403), each with a sentence, and nothing done.
//
// One real server for the whole suite (signing in costs an Argon2id hash):
// Fjordby set up by the installation token, a resident and a reviewer
// signed in with their session cookies.
#include <ctime>

#include "server_fixture.h"
#include "setup_bodies.h"

namespace sammen::testing {
namespace {

struct Action {
  std::string name;
  std::string method;
  std::string path;
  std::string body;
};

void PrintTo(const Action& action, std::ostream* out) {
  *out << action.method << " " << action.path;
}

class ServerClient : public ServerTest {
 public:
  void TestBody() override {}
  using ServerTest::admin;
  using ServerTest::body;
  using ServerTest::client;
  using ServerTest::del;
  using ServerTest::error_code;
  using ServerTest::get;
  using ServerTest::post;
  using ServerTest::put;
  using ServerTest::sign_in;
  using ServerTest::sign_up;
  using ServerTest::start;
  void stop() { server_.stop(); }
};

class RoleBoundaries : public ::testing::TestWithParam<Action> {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerClient;
    server_->start(std::vector<std::string>{"--no-demo", "--admin-token", kAdminToken});
    const UnixSeconds now = std::time(nullptr);
    const auto admin = ServerClient::admin();
    ASSERT_EQ(server_->put("/api/v1/municipality", municipality_body().dump(), admin)->status, 200);
    ASSERT_EQ(server_->post("/api/v1/processes",
                            process_body("budsjett", now + 3600, now + 86400).dump(), admin)
                  ->status,
              201);
    ASSERT_EQ(server_->post("/api/v1/processes/budsjett/proposals",
                            proposal_body("p1", "nord", 1000).dump(), admin)
                  ->status,
              201);
    ASSERT_EQ(
        server_->sign_up("Rita Resident", "rita@example.no", "a long password", 1990, "nord")->status,
        202);
    ASSERT_EQ(
        server_->sign_up("Ravi Reviewer", "ravi@example.no", "a long password", 1980, "sor")->status,
        202);
    resident_ = new Session(server_->sign_in("rita@example.no", "a long password"));
    reviewer_ = new Session(server_->sign_in("ravi@example.no", "a long password"));
    const std::string ravi = std::to_string(reviewer_->person["id"].get<int>());
    ASSERT_EQ(server_->put("/api/v1/people/" + ravi + "/roles/reviewer", "", admin)->status, 200);
    ready_ = true;
  }
  static void TearDownTestSuite() {
    server_->stop();
    delete resident_;
    delete reviewer_;
    delete server_;
  }

  static httplib::Result send(const Action& a, const httplib::Headers& headers) {
    httplib::Client c = server_->client();
    if (a.method == "GET") return c.Get(a.path, headers);
    if (a.method == "PUT") return c.Put(a.path, headers, a.body, "application/json");
    if (a.method == "DELETE") return c.Delete(a.path, headers);
    return c.Post(a.path, headers, a.body, a.body.rfind("Navn", 0) == 0 ? "text/csv" : "application/json");
  }
  static std::size_t audit_entries() {
    return ServerClient::body(server_->get("/api/v1/audit", ServerClient::admin()))["entries"].size();
  }

  static ServerClient* server_;
  static Session* resident_;
  static Session* reviewer_;
  static bool ready_;  // the suite's setup went through (a failure there only skips)
};

bool RoleBoundaries::ready_ = false;

ServerClient* RoleBoundaries::server_ = nullptr;
Session* RoleBoundaries::resident_ = nullptr;
Session* RoleBoundaries::reviewer_ = nullptr;

TEST_P(RoleBoundaries, IsRefusedToTheSignedOutAResidentAndAReviewer) {
  ASSERT_TRUE(ready_) << "the suite's server was not set up";
  const Action& action = GetParam();
  const std::size_t before = audit_entries();
  const httplib::Result signed_out = send(action, {});
  ASSERT_TRUE(signed_out);
  EXPECT_EQ(signed_out->status, 401) << signed_out->body;
  EXPECT_EQ(ServerClient::error_code(signed_out), "auth.sign_in_required");
  EXPECT_EQ(ServerClient::body(signed_out)["error"]["message"], "Logg inn for å gjøre dette.");
  for (const Session* who : {resident_, reviewer_}) {
    const httplib::Result refused = send(action, who->headers());
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 403) << who->person["name"] << ": " << refused->body;
    EXPECT_EQ(ServerClient::error_code(refused), "auth.role_required");
    EXPECT_EQ(ServerClient::body(refused)["error"]["message"],
              "Bare en administrator kan gjøre dette.");
  }
  EXPECT_EQ(audit_entries(), before) << "nothing was done";
}

const std::string kProcess = "/api/v1/processes/budsjett";

INSTANTIATE_TEST_SUITE_P(
    EveryAdministrativeAction, RoleBoundaries,
    ::testing::Values(
        Action{"SetMunicipality", "PUT", "/api/v1/municipality", municipality_body().dump()},
        Action{"CreateProcess", "POST", "/api/v1/processes",
               process_body("another", 2'000'000'000, 2'000'086'400).dump()},
        Action{"ChangeProcess", "PUT", kProcess,
               process_body("budsjett", 2'000'000'000, 2'000'086'400).dump()},
        Action{"AddProposal", "POST", kProcess + "/proposals",
               proposal_body("p9", "nord", 1000).dump()},
        Action{"ChangeProposal", "PUT", kProcess + "/proposals/p1",
               proposal_body("p1", "nord", 2000).dump()},
        Action{"OpenVoting", "POST", kProcess + "/open", ""},
        Action{"CloseVoting", "POST", kProcess + "/close", ""},
        Action{"PreviewResult", "GET", kProcess + "/preview", ""},
        Action{"PublishResult", "POST", kProcess + "/publish", ""},
        Action{"ReadBallotBox", "GET", kProcess + "/ballots", ""},
        Action{"ImportRoll", "POST", kProcess + "/roll", roll_file(3)},
        Action{"ReadRoll", "GET", kProcess + "/roll", ""},
        Action{"MarkUsedOnPaper", "POST", kProcess + "/roll/paper",
               Json{{"version", 1}, {"voter_code", "ACDEF-GHJKL-MNPQR"}}.dump()},
        Action{"ListPeople", "GET", "/api/v1/people", ""},
        Action{"GrantRole", "PUT", "/api/v1/people/1/roles/administrator", ""},
        Action{"RemoveRole", "DELETE", "/api/v1/people/2/roles/reviewer", ""},
        Action{"ListTokens", "GET", "/api/v1/people/1/tokens", ""},
        Action{"CreateToken", "POST", "/api/v1/people/1/tokens", Json{{"version", 1}, {"name", "x"}}.dump()},
        Action{"RevokeToken", "DELETE", "/api/v1/tokens/1", ""},
        Action{"ReadAuditLog", "GET", "/api/v1/audit", ""}),
    [](const ::testing::TestParamInfo<Action>& info) { return info.param.name; });

}  // namespace
}  // namespace sammen::testing
