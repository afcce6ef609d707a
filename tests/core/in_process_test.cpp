// The routes in-process, on a database and a clock the test controls:
// storage failures through the failure hook, a locked database, a bug, and
// time outside the vote.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <stdexcept>

#include "demo/seed.h"
#include "in_process_server.h"
#include "sammen/core/json.h"

namespace sammen::testing {
namespace {

const std::string kProcess = std::string("/api/v1/processes/") + server::demo::kProcessId;

class InProcessApi : public ::testing::Test {
 protected:
  InProcessApi() : t_(/*busy_timeout_ms=*/100) {
    t_.plant();
    server_ = std::make_unique<InProcessServer>(t_);
  }

  httplib::Result vote(std::size_t voter, const std::vector<std::string>& proposals) {
    const Json body = {{"version", 1},
                       {"voter_code", t_.seed().codes.voter_codes.at(voter)},
                       {"district_id", "stranda"},
                       {"proposal_ids", proposals}};
    return server_->client().Post(kProcess + "/ballots", body.dump(), "application/json");
  }
  // The same ballot, cast with the receipt an earlier answer gave.
  httplib::Result revote(const httplib::Result& earlier, const std::vector<std::string>& proposals) {
    const Json body = {{"version", 1},
                       {"receipt", Json::parse(earlier->body)["receipt"]},
                       {"district_id", "stranda"},
                       {"proposal_ids", proposals}};
    return server_->client().Post(kProcess + "/ballots", body.dump(), "application/json");
  }
  static std::string code_of(const httplib::Result& r) {
    const Json j = Json::parse(r->body, nullptr, false);
    return j.is_object() && j.contains("error") ? j["error"].value("code", "") : "";
  }
  std::size_t stored_count() { return t_.ballots->all(server::demo::kProcessId).value().size(); }
  httplib::Result publish() {
    const httplib::Headers admin = {{"Authorization", std::string("Bearer ") + kAdminToken}};
    return server_->client().Post(kProcess + "/publish", admin, "", "application/json");
  }

  TestDatabase t_;
  std::unique_ptr<InProcessServer> server_;
};

TEST_F(InProcessApi, StorageFailureGives503AndNothingIsStored) {
  t_.db().fail({.disk_full = true});
  const httplib::Result r = vote(0, {"strandrydding"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(code_of(r), "server.storage_failed");
  EXPECT_EQ(Json::parse(r->body)["error"]["message"],
            "Serveren kunne ikke lagre dette. Ingenting ble endret; prøv igjen.");
  EXPECT_EQ(server_->client().Get("/api/v1/processes")->status, 200) << "the server keeps running";
  t_.db().fail({});
  EXPECT_EQ(stored_count(), 0u);
  EXPECT_EQ(vote(0, {"strandrydding"})->status, 201) << "a first ballot, not a replacement";
}

TEST_F(InProcessApi, PublishFailureLeavesNothingPublished) {
  ASSERT_EQ(vote(0, {"strandrydding"})->status, 201);
  t_.db().fail({.commits = true});
  EXPECT_EQ(publish()->status, 503);
  t_.db().fail({});
  EXPECT_EQ(server_->client().Get(kProcess + "/result")->status, 409);
  EXPECT_FALSE(t_.processes->find(server::demo::kProcessId).value()->result_published);
  EXPECT_EQ(publish()->status, 200);
}

TEST_F(InProcessApi, LockedDatabaseGives503AndTheServerRecovers) {
  // A second connection holds the write lock: SQLite itself says busy.
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(t_.path().c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  const httplib::Result r = vote(0, {"strandrydding"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(code_of(r), "server.storage_failed");
  ASSERT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(other);

  EXPECT_EQ(stored_count(), 0u);
  EXPECT_EQ(vote(0, {"strandrydding"})->status, 201);
  EXPECT_EQ(stored_count(), 1u);
}

TEST_F(InProcessApi, ABugInAHandlerGivesJson500) {
  const InProcessServer bugged(t_, [](httplib::Server& http) {
    http.Get("/api/v1/bug", [](const httplib::Request&, httplib::Response&) {
      throw std::logic_error("a bug, on purpose");
    });
  });
  const httplib::Result r = bugged.client().Get("/api/v1/bug?lang=en");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 500);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(code_of(r), "server.internal_error");
  EXPECT_EQ(Json::parse(r->body)["error"]["message"],
            "Something went wrong on the server. Please try again later.");
  EXPECT_EQ(bugged.client().Get("/api/v1/processes")->status, 200);
}

TEST_F(InProcessApi, BallotsBeforeVotingOpensAreRejected) {
  server_->now = kSeedTime - 10 * kDay;  // review
  const httplib::Result r = vote(0, {"strandrydding"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 409);
  EXPECT_EQ(code_of(r), "process.voting_not_open");
  const Json list = Json::parse(server_->client().Get("/api/v1/processes")->body);
  EXPECT_EQ(list["processes"][0]["phase"], "review");
  EXPECT_EQ(list["processes"][0]["voting_open"], false);
}

TEST_F(InProcessApi, BallotsAfterTheVotingWindowAreRejectedAsClosed) {
  server_->now = kSeedTime + 31 * kDay;  // results
  const httplib::Result r = vote(0, {"strandrydding"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 409);
  EXPECT_EQ(code_of(r), "process.voting_closed");
  EXPECT_EQ(stored_count(), 0u);
}

TEST_F(InProcessApi, VotingWindowIsStartInclusiveEndExclusive) {
  const Process p = *t_.processes->find(server::demo::kProcessId).value();
  for (const Phase& phase : p.phases) {
    if (phase.kind != PhaseKind::kVoting) continue;
    server_->now = phase.starts_at;
    const httplib::Result first = vote(0, {"strandrydding"});
    EXPECT_EQ(first->status, 201);
    server_->now = phase.ends_at - 1;
    EXPECT_EQ(revote(first, {"kajakkbod"})->status, 200);
    server_->now = phase.ends_at;
    EXPECT_EQ(code_of(revote(first, {"badebrygge"})), "process.voting_closed");
  }
}

}  // namespace
}  // namespace sammen::testing
