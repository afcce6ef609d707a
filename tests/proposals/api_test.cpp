// The life of a proposal against the real server over 127.0.0.1: every
// transition, and the refusals issue 11 names.
#include <ctime>

#include "fjordby_fixture.h"

namespace sammen::testing {
namespace {

constexpr const char* kPassword = "correct horse battery";
const std::string kBase = std::string(kFjordbyProcess) + "/proposals";

Json draft_body(const std::string& title = "Sykkeltaxi for eldre") {
  return {{"version", 1},
          {"title", title},
          {"description", "Turer for eldre.\n\n<script>alert(1)</script> <b>raw</b>"},
          {"district_id", "nord"},
          {"cost", 15'000'000},
          {"production", "co_production"},
          {"contribution", "Vi sykler to dager i uka."}};
}

class ProposalsApi : public FjordbyTest {
 protected:
  // Fjordby, with its ideas phase open from a minute ago until voting opens.
  void SetUp() override {
    FjordbyTest::SetUp();
    set_ideas(-60, 3000);
  }
  void set_ideas(UnixSeconds from, UnixSeconds to) {
    const UnixSeconds now = std::time(nullptr);
    Json p = process_body("budsjett", now + 3600, now + 8 * 86400);
    p["phases"][0]["starts_at"] = now + from;
    p["phases"][0]["ends_at"] = now + to;
    const httplib::Result r = put(kFjordbyProcess, p.dump(), admin());
    ASSERT_EQ(r->status, 200) << r->body;
  }
  Session person(const std::string& name, const std::string& email, int birth_year = 1990,
                 const std::string& role = "") {
    EXPECT_EQ(sign_up(name, email, kPassword, birth_year, "nord")->status, 202);
    Session s = sign_in(email, kPassword);
    if (!role.empty()) {
      const std::string id = std::to_string(s.person["id"].get<std::int64_t>());
      EXPECT_EQ(client().Put("/api/v1/people/" + id + "/roles/" + role, admin(), "", "text/plain")->status, 200);
    }
    return s;
  }
  Json start(const Session& s, const Json& body = draft_body()) {
    const httplib::Result r = post(kBase + "/drafts", body.dump(), s.headers());
    EXPECT_EQ(r->status, 201) << r->body;
    return Json::parse(r->body);
  }
  std::string path(const Json& idea) const { return kBase + "/" + idea["id"].get<std::string>(); }
  // Moves the ideas phase into the past (voting still to come).
  void close_ideas() { set_ideas(-2000, -1000); }
};

TEST_F(ProposalsApi, ADraftIsSavedAsWrittenAndSurvivesARestart) {
  const Session kari = person("Kari", "kari@example.no");
  const Json idea = start(kari);
  EXPECT_EQ(idea["stage"], "draft");
  restart();
  const Session again = sign_in("kari@example.no", kPassword);
  const Json read = body(get(path(idea), again.cookie_only()));
  EXPECT_EQ(read["text"]["description"], draft_body()["description"]) << "Markdown and raw HTML kept as source";
  EXPECT_EQ(read["can"]["edit"], true);
}

TEST_F(ProposalsApi, ADraftIsNotShownToOthers) {
  const Json idea = start(person("Kari", "kari@example.no"));
  EXPECT_EQ(error_code(get(path(idea))), "proposal.unknown");
  EXPECT_TRUE(body(get(kBase))["proposals"].empty() ||
              body(get(kBase))["proposals"][0]["id"] != idea["id"]);
}

TEST_F(ProposalsApi, AConcurrentEditIsRefusedAndToldWhatChanged) {
  const Session kari = person("Kari", "kari@example.no");
  const Session ola = person("Ola", "ola@example.no");
  const Json idea = start(kari);
  const Json invite = body(post(path(idea) + "/invite", "", kari.headers()));
  ASSERT_EQ(post("/api/v1/proposals/join", Json{{"version", 1}, {"code", invite["code"]}}.dump(), ola.headers())->status, 200);
  Json first = draft_body("Sykkeltaxi");
  first["based_on"] = 1;
  ASSERT_EQ(put(path(idea) + "/draft", first.dump(), kari.headers())->status, 200);
  Json second = draft_body();
  second["based_on"] = 1;
  second["description"] = "Ola skrev dette";
  const httplib::Result stale = put(path(idea) + "/draft", second.dump(), ola.headers());
  EXPECT_EQ(stale->status, 409);
  EXPECT_EQ(error_code(stale), "proposal.edited_meanwhile");
  const Json conflict = body(stale)["conflict"];
  EXPECT_EQ(conflict["current_version"], 2);
  EXPECT_EQ(conflict["changed_fields"], Json({"title"}));
  EXPECT_EQ(conflict["current"]["title"], "Sykkeltaxi");
}

TEST_F(ProposalsApi, ASubmittedProposalCannotBeEdited) {
  const Session kari = person("Kari", "kari@example.no");
  const Json idea = start(kari);
  ASSERT_EQ(post(path(idea) + "/submit", "", kari.headers())->status, 200);
  Json save = draft_body();
  save["based_on"] = 1;
  const httplib::Result r = put(path(idea) + "/draft", save.dump(), kari.headers());
  EXPECT_EQ(r->status, 409);
  EXPECT_EQ(error_code(r), "proposal.not_draft");
}

TEST_F(ProposalsApi, SubmittingOutsideTheIdeasPhaseIsRefused) {
  const Session kari = person("Kari", "kari@example.no");
  const Json idea = start(kari);
  close_ideas();
  const httplib::Result r = post(path(idea) + "/submit", "", kari.headers());
  EXPECT_EQ(r->status, 409);
  EXPECT_EQ(error_code(r), "proposal.ideas_closed");
}

TEST_F(ProposalsApi, ReviewingWithoutTheRoleIsRefused) {
  const Session kari = person("Kari", "kari@example.no");
  const Json idea = start(kari);
  ASSERT_EQ(post(path(idea) + "/submit", "", kari.headers())->status, 200);
  const httplib::Result r = post(path(idea) + "/accept", "", kari.headers());
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(error_code(r), "auth.role_required");
  EXPECT_EQ(post(path(idea) + "/accept", "")->status, 401);
}

TEST_F(ProposalsApi, AYouthOnlyProcessRefusesAnAdult) {
  const UnixSeconds now = std::time(nullptr);
  Json youth = process_body("ungdom", now + 3600, now + 8 * 86400);
  youth["eligibility"]["min_age"] = 13;
  youth["eligibility"]["max_age"] = 19;
  ASSERT_EQ(post("/api/v1/processes", youth.dump(), admin())->status, 201);
  const Session adult = person("Kari", "kari@example.no", 1980);
  const httplib::Result r =
      post("/api/v1/processes/ungdom/proposals/drafts", draft_body().dump(), adult.headers());
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(error_code(r), "eligibility.too_old");
}

TEST_F(ProposalsApi, AnOversizedFieldIsRefusedWithItsName) {
  const Session kari = person("Kari", "kari@example.no");
  Json big = draft_body();
  big["description"] = std::string(10'001, 'x');
  const httplib::Result r = post(kBase + "/drafts", big.dump(), kari.headers());
  EXPECT_EQ(r->status, 422);
  EXPECT_EQ(error_code(r), "setup.text_too_long");
  EXPECT_EQ(body(r)["error"]["problems"][0]["subject"], "description");
}

TEST_F(ProposalsApi, MalformedJsonIsRefused) {
  const Session kari = person("Kari", "kari@example.no");
  const httplib::Result r = post(kBase + "/drafts", "{\"version\": 1, \"title\": ", kari.headers());
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(error_code(r), "request.malformed_json");
}

TEST_F(ProposalsApi, AWriteWithoutTheCsrfTokenIsRefused) {
  const Session kari = person("Kari", "kari@example.no");
  const httplib::Result r = post(kBase + "/drafts", draft_body().dump(), kari.cookie_only());
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(error_code(r), "auth.csrf_failed");
}

TEST_F(ProposalsApi, AnAcceptedProposalStandsOnTheBallotAndItsAuthorIsTold) {
  const Session kari = person("Kari", "kari@example.no");
  const Session rita = person("Rita", "rita@example.no", 1975, "reviewer");
  const Json idea = start(kari);
  ASSERT_EQ(post(path(idea) + "/submit", "", kari.headers())->status, 200);
  const httplib::Result q = post(path(idea) + "/questions", Json{{"version", 1}, {"question", "Hvor mange?"}}.dump(), rita.headers());
  ASSERT_EQ(q->status, 201) << q->body;
  ASSERT_EQ(post(path(idea) + "/questions/1/answer", Json{{"version", 1}, {"answer", "Ti"}}.dump(), kari.headers())->status, 200);
  const httplib::Result cost = post(path(idea) + "/cost", Json{{"version", 1}, {"cost", 18'000'000}, {"reason", "Forsikring"}}.dump(), rita.headers());
  ASSERT_EQ(cost->status, 200) << cost->body;
  const httplib::Result a = post(path(idea) + "/accept", "", rita.headers());
  ASSERT_EQ(a->status, 200) << a->body;
  EXPECT_EQ(body(a)["history"].back()["by_name"], "Rita");
  const Json process = body(get(kFjordbyProcess))["process"];
  bool on_ballot = false;
  for (const Json& p : process["proposals"])
    if (p["id"] == idea["id"]) on_ballot = p["status"] == "accepted" && p["cost"] == 18'000'000;
  EXPECT_TRUE(on_ballot) << process.dump();
  const Json mine = body(get("/api/v1/proposals/mine", kari.cookie_only()));
  EXPECT_EQ(mine["unread"], 3);
  EXPECT_EQ(mine["notices"][0]["kind"], "accepted");
  ASSERT_EQ(post("/api/v1/proposals/notices/read", Json{{"version", 1}}.dump(), kari.headers())->status, 200);
  EXPECT_EQ(body(get("/api/v1/proposals/mine", kari.cookie_only()))["unread"], 0);
}

TEST_F(ProposalsApi, ARejectionAndAMergeAreShownPublicly) {
  const Session kari = person("Kari", "kari@example.no");
  const Session ola = person("Ola", "ola@example.no");
  const Session rita = person("Rita", "rita@example.no", 1975, "reviewer");
  const Json a = start(kari);
  const Json b = start(ola, draft_body("Sykler for eldre"));
  const Json c = start(ola, draft_body("Skatt"));
  for (const auto& [s, i] : {std::pair{&kari, &a}, {&ola, &b}, {&ola, &c}})
    ASSERT_EQ(post(path(*i) + "/submit", "", s->headers())->status, 200);
  ASSERT_EQ(post(path(c) + "/reject", Json{{"version", 1}, {"reason", "Statens ansvar."}}.dump(), rita.headers())->status, 200);
  const httplib::Result m = post(path(b) + "/merge", Json{{"version", 1}, {"into", a["id"]}}.dump(), rita.headers());
  ASSERT_EQ(m->status, 200) << m->body;
  EXPECT_EQ(body(m)["authors"].size(), 2u);
  const Json merged = body(get(path(b)));
  EXPECT_EQ(merged["stage"], "merged");
  EXPECT_EQ(merged["merged_into"], a["id"]);
  EXPECT_EQ(body(get(path(c)))["rejection_reason"], "Statens ansvar.");
}

TEST_F(ProposalsApi, AHiddenProposalIsNotShownButKeptForItsAuthors) {
  const Session kari = person("Kari", "kari@example.no");
  const Session mona = person("Mona", "mona@example.no", 1975, "moderator");
  const Json idea = start(kari);
  ASSERT_EQ(post(path(idea) + "/submit", "", kari.headers())->status, 200);
  ASSERT_EQ(post(path(idea) + "/hide", Json{{"version", 1}, {"reason", "Personangrep"}}.dump(), mona.headers())->status, 200);
  EXPECT_EQ(get(path(idea))->status, 404);
  EXPECT_EQ(body(get(path(idea), kari.cookie_only()))["hidden_reason"], "Personangrep");
  ASSERT_EQ(post(path(idea) + "/restore", Json{{"version", 1}, {"reason", "Rettet"}}.dump(), mona.headers())->status, 200);
  EXPECT_EQ(get(path(idea))->status, 200);
}

TEST_F(ProposalsApi, ProgressNeedsASelectedProposal) {
  const Session kari = person("Kari", "kari@example.no");
  const Json idea = start(kari);
  ASSERT_EQ(post(path(idea) + "/submit", "", kari.headers())->status, 200);
  ASSERT_EQ(post(path(idea) + "/accept", "", admin())->status, 200);
  const httplib::Result r = post(path(idea) + "/progress",
                                 Json{{"version", 1}, {"status", "started"}, {"percent", 10}, {"text", "I gang"}}.dump(), admin());
  EXPECT_EQ(r->status, 409);
  EXPECT_EQ(error_code(r), "proposal.wrong_stage");
  EXPECT_TRUE(body(get("/api/v1/proposals/funded"))["items"].empty());
}

}  // namespace
}  // namespace sammen::testing
