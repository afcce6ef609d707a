// Accounts and sessions against the real server: cookies, CSRF, slowing
// down, API tokens and the first administrator from the command line.
#include <thread>

#include "sammen/people/attempts.h"

#include "server_fixture.h"

namespace sammen::testing {
namespace {

constexpr const char* kApiPassword = "correct horse battery";

class PeopleApi : public ServerTest {
 protected:
  // The demo administrator's password, as the server printed it at start.
  std::string demo_password() const {
    const std::string marker = "password: ";
    const std::size_t at = server_.output().find(marker);
    if (at == std::string::npos) return "";
    const std::size_t end = server_.output().find('\n', at);
    return server_.output().substr(at + marker.size(), end - at - marker.size());
  }
  Session demo_admin() const { return sign_in("admin@elvestad.example", demo_password()); }
  httplib::Result close_as(const httplib::Headers& headers) const {
    return post(std::string(kDemoProcess) + "/close", "", headers);
  }
};

TEST_F(PeopleApi, SignInGivesAnHttpOnlyStrictSessionCookieAndACsrfToken) {
  const httplib::Result up = sign_up("Kari Nordmann", "kari@example.no", kApiPassword);
  ASSERT_EQ(up->status, 202) << up->body;
  EXPECT_EQ(body(up)["status"], "received");
  const httplib::Result in =
      post("/api/v1/session", Json{{"version", 1}, {"email", "KARI@example.no"}, {"password", kApiPassword}}.dump());
  ASSERT_EQ(in->status, 200) << in->body;
  const std::string cookie = in->get_header_value("Set-Cookie");
  EXPECT_EQ(cookie.rfind("sammen_session=", 0), 0u);
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("; SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "not over plain HTTP";
  const Json session = body(get("/api/v1/session", {{"Cookie", cookie.substr(0, cookie.find(';'))}}));
  EXPECT_EQ(session["person"]["email"], "kari@example.no");
  EXPECT_EQ(session["person"]["roles"], Json({"resident"}));
  EXPECT_EQ(session["csrf_token"], body(in)["csrf_token"]);
}

TEST_F(PeopleApi, CookiesAreSecureWhenTheServerIsReachedOverTls) {
  server_.stop();
  start(std::vector<std::string>{"--admin-token", kAdminToken, "--secure-cookies"});
  const httplib::Result in = post(
      "/api/v1/session",
      Json{{"version", 1}, {"email", "admin@elvestad.example"}, {"password", demo_password()}}.dump());
  ASSERT_EQ(in->status, 200);
  EXPECT_NE(in->get_header_value("Set-Cookie").find("; Secure"), std::string::npos);
}

TEST_F(PeopleApi, ATakenAddressGetsTheSameAnswerAsAFreeOne) {
  const httplib::Result first = sign_up("Kari", "kari@example.no", kApiPassword);
  const httplib::Result again = sign_up("Kari", "kari@example.no", "something else entirely");
  EXPECT_EQ(first->status, again->status);
  EXPECT_EQ(first->body, again->body);
}

TEST_F(PeopleApi, AWrongPasswordAndAnUnknownAddressGetTheSameAnswer) {
  const auto try_sign_in = [&](const char* email) {
    return post("/api/v1/session", Json{{"version", 1}, {"email", email}, {"password", "wrong password"}}.dump());
  };
  const httplib::Result wrong = try_sign_in("admin@elvestad.example");
  const httplib::Result unknown = try_sign_in("nobody@elvestad.example");
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(wrong->status, unknown->status);
  EXPECT_EQ(wrong->body, unknown->body);
  EXPECT_EQ(body(wrong)["error"]["message"], "E-postadressen eller passordet er feil.");
}

TEST_F(PeopleApi, AChangeOnASessionWithoutItsCsrfTokenIsRefused) {
  const Session admin = demo_admin();
  ASSERT_FALSE(admin.cookie.empty());
  const httplib::Result bare = close_as(admin.cookie_only());
  EXPECT_EQ(bare->status, 403);
  EXPECT_EQ(error_code(bare), "auth.csrf_failed");
  EXPECT_EQ(body(bare)["error"]["message"],
            "Denne forespørselen kom ikke fra Sammens egen side. Last inn siden på nytt og prøv "
            "igjen.");
  httplib::Headers wrong = admin.cookie_only();
  wrong.emplace("X-Sammen-CSRF", std::string(64, 'a'));
  EXPECT_EQ(close_as(wrong)->status, 403);
  EXPECT_FALSE(body(get(kDemoProcess))["process"]["voting_closed"]) << "nothing changed";
}

TEST_F(PeopleApi, AChangeFromAnotherOriginIsRefusedEvenWithTheToken) {
  const Session admin = demo_admin();
  httplib::Headers foreign = admin.headers();
  foreign.emplace("Origin", "https://evil.example");
  const httplib::Result r = close_as(foreign);
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(error_code(r), "auth.csrf_failed");
  httplib::Headers own = admin.headers();
  own.emplace("Origin", "http://127.0.0.1:" + std::to_string(server_.port()));
  EXPECT_EQ(close_as(own)->status, 200);
}

TEST_F(PeopleApi, AChangeWithTheSessionsCsrfTokenGoesThrough) {
  const Session admin = demo_admin();
  EXPECT_EQ(close_as(admin.headers())->status, 200);
  const Json log = body(get("/api/v1/audit", admin.cookie_only()));
  EXPECT_EQ(log["entries"][0]["action"], "voting.close");
  EXPECT_EQ(log["entries"][0]["who"]["name"], "Demo administrator");
  EXPECT_EQ(log["entries"][0]["who"]["credential"], "session");
}

TEST_F(PeopleApi, SignOutEndsTheSessionAndClearsTheCookie) {
  const Session admin = demo_admin();
  EXPECT_EQ(del("/api/v1/session", admin.cookie_only())->status, 403) << "signing out is a change";
  const httplib::Result out = del("/api/v1/session", admin.headers());
  ASSERT_EQ(out->status, 200);
  EXPECT_NE(out->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);
  const httplib::Result after = get("/api/v1/session", admin.cookie_only());
  EXPECT_EQ(after->status, 401);
  EXPECT_EQ(error_code(after), "auth.sign_in_required");
}

TEST_F(PeopleApi, RepeatedFailedSignInsAreSlowedDownWithASentenceAndRetryAfter) {
  const std::string wrong =
      Json{{"version", 1}, {"email", "admin@elvestad.example"}, {"password", "wrong password"}}.dump();
  for (int i = 0; i < kSignInPolicy.free_failures + 1; ++i)
    EXPECT_EQ(post("/api/v1/session", wrong)->status, 401) << i;
  const httplib::Result slowed = post("/api/v1/session?lang=en", wrong);
  ASSERT_EQ(slowed->status, 429);
  EXPECT_EQ(error_code(slowed), "auth.too_many_attempts");
  const int retry = std::stoi(slowed->get_header_value("Retry-After"));
  EXPECT_GE(retry, 1);
  EXPECT_LE(retry, 2);
  EXPECT_EQ(body(slowed)["error"]["message"],
            "Too many failed attempts. Try again in " + std::to_string(retry) +
                (retry == 1 ? " second." : " seconds."));
  std::this_thread::sleep_for(std::chrono::seconds(retry));
  EXPECT_TRUE(demo_admin().cookie.size() > 0) << "after the wait the right password works";
}

TEST_F(PeopleApi, GuessedVoterCodesAreSlowedDown) {
  for (int i = 0; i < kVoterCodePolicy.free_failures + 1; ++i)
    EXPECT_EQ(vote("ELV-AAAA-A" + std::to_string(i), "ostbyen", {"gaende-skolebuss"})->status, 403);
  const httplib::Result slowed = vote(demo_codes().at(0), "ostbyen", {"gaende-skolebuss"});
  EXPECT_EQ(slowed->status, 429);
  EXPECT_FALSE(slowed->get_header_value("Retry-After").empty());
}

TEST_F(PeopleApi, AnApiTokenActsAsItsPersonWithoutCsrfUntilRevoked) {
  const Session admin = demo_admin();
  const int id = admin.person["id"];
  const httplib::Result made = post("/api/v1/people/" + std::to_string(id) + "/tokens",
                                    Json{{"version", 1}, {"name", "nightly"}}.dump(), admin.headers());
  ASSERT_EQ(made->status, 201) << made->body;
  const std::string token = body(made)["token"];
  EXPECT_EQ(body(get("/api/v1/session", bearer(token)))["credential"], "api_token");
  EXPECT_EQ(close_as(bearer(token))->status, 200);
  const std::string token_id = std::to_string(body(made)["id"].get<int>());
  ASSERT_EQ(del("/api/v1/tokens/" + token_id, bearer(token))->status, 200);
  const httplib::Result after = get("/api/v1/session", bearer(token));
  EXPECT_EQ(after->status, 401);
  EXPECT_EQ(error_code(after), "admin.token_invalid");
}

TEST_F(PeopleApi, AResidentChangesTheirPassword) {
  ASSERT_EQ(sign_up("Kari", "kari@example.no", kApiPassword)->status, 202);
  const Session kari = sign_in("kari@example.no", kApiPassword);
  const httplib::Result changed = post(
      "/api/v1/session/password",
      Json{{"version", 1}, {"current_password", kApiPassword}, {"new_password", "an even longer password"}}.dump(),
      kari.headers());
  ASSERT_EQ(changed->status, 200) << changed->body;
  EXPECT_TRUE(sign_in("kari@example.no", kApiPassword).cookie.empty());
  EXPECT_FALSE(sign_in("kari@example.no", "an even longer password").cookie.empty());
}

TEST_F(PeopleApi, SayWhetherASignedInPersonMayTakePart) {
  ASSERT_EQ(sign_up("Kari", "kari@example.no", kApiPassword, 1990, "ostbyen")->status, 202);
  const Session kari = sign_in("kari@example.no", kApiPassword);
  const Json answer =
      body(get(std::string(kDemoProcess) + "/eligibility?lang=en", kari.cookie_only()));
  EXPECT_EQ(answer["eligible"], true);
  EXPECT_EQ(answer["reasons"], Json::array());
}

class CreateAdmin : public ServerTest {
 protected:
  void SetUp() override {}
  CommandRun create_admin(const std::string& input, std::vector<std::string> more = {}) {
    std::vector<std::string> flags = {"--db", db(), "--create-admin", "ada@kommune.no"};
    flags.insert(flags.end(), more.begin(), more.end());
    return run_server_command(flags, input);
  }
};

TEST_F(CreateAdmin, MakesTheFirstAdministratorWithAPasswordFromStandardInput) {
  const CommandRun run = create_admin(std::string(kApiPassword) + "\n", {"--name", "Ada Lovelace"});
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_EQ(run.output, "Created the administrator ada@kommune.no (Ada Lovelace).\n");
  start(std::vector<std::string>{"--no-demo"});
  EXPECT_EQ(get("/api/v1/processes")->status, 200);
  const Session ada = sign_in("ada@kommune.no", kApiPassword);
  ASSERT_FALSE(ada.cookie.empty());
  EXPECT_EQ(ada.person["roles"], Json({"administrator"}));
  EXPECT_TRUE(body(get("/api/v1/processes"))["municipality"].is_null())
      << "an administrator's first start is empty, with or without --no-demo";
}

TEST_F(CreateAdmin, WithoutAPasswordPrintsAOneTimePasswordToChangeFirst) {
  const CommandRun run = create_admin("");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const std::string marker = "change it at the first sign-in): ";
  const std::size_t at = run.output.find(marker);
  ASSERT_NE(at, std::string::npos) << run.output;
  const std::string once = run.output.substr(at + marker.size(), 23);
  start(std::vector<std::string>{});
  const Session ada = sign_in("ada@kommune.no", once);
  ASSERT_FALSE(ada.cookie.empty());
  const httplib::Result before = get("/api/v1/people", ada.cookie_only());
  EXPECT_EQ(before->status, 403);
  EXPECT_EQ(error_code(before), "auth.password_change_required");
  ASSERT_EQ(post("/api/v1/session/password",
                 Json{{"version", 1}, {"current_password", once}, {"new_password", kApiPassword}}.dump(),
                 ada.headers())
                ->status,
            200);
  EXPECT_EQ(get("/api/v1/people", ada.cookie_only())->status, 200);
}

TEST_F(CreateAdmin, RefusesAnAddressThatIsNone) {
  const CommandRun run = run_server_command({"--db", db(), "--create-admin", "ada"}, "");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.output.find("Enter an e-mail address"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace sammen::testing
