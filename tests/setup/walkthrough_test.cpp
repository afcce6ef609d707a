// A municipality runs its own process, through the API alone: no demo, the
// first administrator from the command line, a municipality with two
// districts, a process with five proposals, a 10,000-line roll, voting
// opened, a resident voting with a generated code, closed, previewed and
// published; the result is there for everyone.
#include <ctime>

#include "server_fixture.h"
#include "setup_bodies.h"

namespace sammen::testing {
namespace {

constexpr const char* kPassword = "a municipal password";
const std::string kProcess = "/api/v1/processes/budsjett";

class Walkthrough : public ServerTest {
 protected:
  void SetUp() override {}
};

TEST_F(Walkthrough, AMunicipalityRunsItsOwnProcessThroughTheApi) {
  const CommandRun created = run_server_command(
      {"--db", db(), "--create-admin", "ada@fjordby.no", "--name", "Ada"},
      std::string(kPassword) + "\n");
  ASSERT_EQ(created.exit_code, 0) << created.output;
  start(std::vector<std::string>{});
  ASSERT_TRUE(body(get("/api/v1/processes"))["municipality"].is_null()) << "no demo";

  const Session ada = sign_in("ada@fjordby.no", kPassword);
  ASSERT_FALSE(ada.cookie.empty());
  const auto ok = [](const httplib::Result& r, int status) {
    EXPECT_TRUE(r);
    if (r) {
      EXPECT_EQ(r->status, status) << r->body;
    }
    return r ? Json::parse(r->body, nullptr, false) : Json();
  };
  ok(put("/api/v1/municipality", municipality_body().dump(), ada.headers()), 200);
  const UnixSeconds now = std::time(nullptr);
  ok(post("/api/v1/processes", process_body("budsjett", now + 3600, now + 7 * 86400).dump(),
          ada.headers()),
     201);
  const std::pair<const char*, Money> proposals[] = {
      {"nord", 40'000'000}, {"nord", 50'000'000}, {"nord", 30'000'000},
      {"sor", 45'000'000},  {"sor", 25'000'000}};
  int n = 0;
  for (const auto& [district, cost] : proposals) {
    ok(post(kProcess + "/proposals",
            proposal_body("p" + std::to_string(++n), district, cost).dump(), ada.headers()),
       201);
  }
  EXPECT_EQ(body(get(kProcess))["process"]["proposals"].size(), 5u);

  const httplib::Result roll =
      client().Post(kProcess + "/roll", ada.headers(), roll_file(10'000), "text/csv");
  const Json imported = ok(roll, 201);
  ASSERT_EQ(imported["voters"], 10'000);
  ASSERT_EQ(imported["letters"].size(), 10'000u);
  EXPECT_EQ(imported["census"]["total"], 10'000);

  const Json opened = ok(post(kProcess + "/open", "", ada.headers()), 200);
  EXPECT_EQ(opened["voting_open"], true);

  // A resident with a letter for Nord votes.
  const std::string code = imported["letters"][0]["code"];
  ASSERT_EQ(imported["letters"][0]["district"], "Nord");
  const Json ballot = {{"version", 1},
                       {"voter_code", code},
                       {"district_id", "nord"},
                       {"proposal_ids", {"p1", "p2"}}};
  ok(post(kProcess + "/ballots", ballot.dump()), 201);

  ok(post(kProcess + "/close", "", ada.headers()), 200);
  const Json preview = ok(get(kProcess + "/preview?lang=en", ada.cookie_only()), 200);
  EXPECT_EQ(preview["preview"], true);
  EXPECT_EQ(preview["ballots"], 1);
  EXPECT_EQ(get(kProcess + "/result")->status, 409) << "a preview publishes nothing";
  ok(post(kProcess + "/publish", "", ada.headers()), 200);

  const Json result = ok(get(kProcess + "/result?lang=en"), 200);
  EXPECT_EQ(result["ballots"], 1);
  std::vector<std::string> funded;
  for (const Json& district : result["districts"]) {
    for (const Json& p : district["proposals"]) {
      if (p["verdict"] == "funded") funded.push_back(p["proposal_id"]);
    }
  }
  EXPECT_EQ(funded, (std::vector<std::string>{"p1", "p2"}));

  std::vector<std::string> actions;
  const Json log = ok(get("/api/v1/audit", ada.cookie_only()), 200);
  for (const Json& entry : log["entries"])
    actions.insert(actions.begin(), entry["action"].get<std::string>());
  EXPECT_EQ(actions, (std::vector<std::string>{
                         "person.create_administrator", "municipality.set", "process.create",
                         "proposal.add", "proposal.add", "proposal.add", "proposal.add",
                         "proposal.add", "roll.import", "voting.open", "voting.close",
                         "result.preview", "result.publish"}));
}

}  // namespace
}  // namespace sammen::testing
