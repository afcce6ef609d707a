// The handlers in-process, with a clock and a store the test controls:
// storage failures, a locked database, a bug, and time outside the vote.
#include <gtest/gtest.h>
#include <httplib.h>
#include <sqlite3.h>

#include <thread>

#include "api.h"
#include "demo_seed.h"
#include "faulty_store.h"
#include "sammen/wire.h"
#include "server_process.h"
#include "sqlite_store.h"

namespace sammen::testing {
namespace {

using Json = nlohmann::json;
using server::Api;

constexpr const char* kToken = "in-process-admin-token-0123456789";
constexpr UnixSeconds kSeedTime = 1'800'000'000;
constexpr UnixSeconds kDay = 24 * 60 * 60;
const std::string kProcess = std::string("/api/v1/processes/") + server::kDemoProcessId;

class InProcessApi : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server::auth::init());
    auto opened = server::SqliteStore::open(dir_.file("store.sqlite"), /*busy_timeout_ms=*/100);
    ASSERT_TRUE(opened.ok());
    sqlite_ = std::move(opened).value();
    faulty_ = std::make_unique<FaultyStore>(*sqlite_);
    auto hasher = server::auth::load_voter_code_hasher(*sqlite_);
    ASSERT_TRUE(hasher.ok());
    ASSERT_TRUE(sqlite_->initialize(server::demo_seed(kSeedTime, hasher.value(), 5)).ok());
    codes_ = sqlite_->demo_codes().value()->voter_codes;
    auto admin = server::auth::ensure_admin_token(*sqlite_, std::string(kToken));
    ASSERT_TRUE(admin.ok());

    api_ = std::make_unique<Api>(*faulty_, hasher.value(), admin.value().stored_hash,
                                 server::ApiOptions{[this] { return now_.load(); }, 64 * 1024});
    api_->install(http_);
    port_ = http_.bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { http_.listen_after_bind(); });
    for (int i = 0; i < 500 && !http_.is_running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_TRUE(http_.is_running());
  }
  void TearDown() override {
    http_.stop();
    if (thread_.joinable()) thread_.join();
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(std::chrono::seconds(20));
    return c;
  }
  httplib::Result vote(const std::string& code, const std::vector<std::string>& proposals) {
    const Json body = {{"version", 1},
                       {"voter_code", code},
                       {"district_id", "stranda"},
                       {"proposal_ids", proposals}};
    return client().Post(kProcess + "/ballots", body.dump(), "application/json");
  }
  static std::string code_of(const httplib::Result& r) {
    const Json j = Json::parse(r->body, nullptr, false);
    return j.is_object() && j.contains("error") ? j["error"].value("code", "") : "";
  }
  std::size_t stored_count() { return sqlite_->ballots(server::kDemoProcessId).value().size(); }

  TempDir dir_;
  std::unique_ptr<server::SqliteStore> sqlite_;
  std::unique_ptr<FaultyStore> faulty_;
  std::vector<std::string> codes_;
  std::atomic<UnixSeconds> now_ = kSeedTime + kDay;
  std::unique_ptr<Api> api_;
  httplib::Server http_;
  std::thread thread_;
  int port_ = 0;
};

TEST_F(InProcessApi, StorageFailureGives503AndNothingIsStored) {
  faulty_->fail_writes = true;
  const httplib::Result r = vote(codes_[0], {"strandrydding"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(code_of(r), "server.storage_failed");
  EXPECT_EQ(Json::parse(r->body)["error"]["message"],
            "Serveren kunne ikke lagre dette. Ingenting ble endret; prøv igjen.");
  EXPECT_EQ(stored_count(), 0u);
  EXPECT_EQ(client().Get("/api/v1/processes")->status, 200) << "the server keeps running";

  faulty_->fail_writes = false;
  EXPECT_EQ(vote(codes_[0], {"strandrydding"})->status, 201) << "a first ballot, not a replacement";
}

TEST_F(InProcessApi, PublishFailureLeavesNothingPublished) {
  ASSERT_EQ(vote(codes_[0], {"strandrydding"})->status, 201);
  const httplib::Headers admin = {{"Authorization", std::string("Bearer ") + kToken}};
  faulty_->fail_writes = true;
  EXPECT_EQ(client().Post(kProcess + "/publish", admin, "", "application/json")->status, 503);
  faulty_->fail_writes = false;
  EXPECT_EQ(client().Get(kProcess + "/result")->status, 409);
  EXPECT_FALSE(sqlite_->process(server::kDemoProcessId).value()->result_published);
  EXPECT_EQ(client().Post(kProcess + "/publish", admin, "", "application/json")->status, 200);
}

TEST_F(InProcessApi, LockedDatabaseGives503AndTheServerRecovers) {
  // A second connection holds the write lock: SQLite itself says busy.
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(dir_.file("store.sqlite").c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  const httplib::Result r = vote(codes_[0], {"strandrydding"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(code_of(r), "server.storage_failed");
  ASSERT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(other);

  EXPECT_EQ(stored_count(), 0u);
  EXPECT_EQ(vote(codes_[0], {"strandrydding"})->status, 201);
  EXPECT_EQ(stored_count(), 1u);
}

TEST_F(InProcessApi, ABugInAHandlerGivesJson500) {
  faulty_->throw_on_read = true;
  const httplib::Result r = client().Get("/api/v1/processes?lang=en");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 500);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(code_of(r), "server.internal_error");
  faulty_->throw_on_read = false;
  EXPECT_EQ(client().Get("/api/v1/processes")->status, 200);
}

TEST_F(InProcessApi, BallotsBeforeVotingOpensAreRejected) {
  now_ = kSeedTime - 10 * kDay;  // review
  const httplib::Result r = vote(codes_[0], {"strandrydding"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 409);
  EXPECT_EQ(code_of(r), "process.voting_not_open");
  const Json list = Json::parse(client().Get("/api/v1/processes")->body);
  EXPECT_EQ(list["processes"][0]["phase"], "review");
  EXPECT_EQ(list["processes"][0]["voting_open"], false);
}

TEST_F(InProcessApi, BallotsAfterTheVotingWindowAreRejectedAsClosed) {
  now_ = kSeedTime + 31 * kDay;  // results
  const httplib::Result r = vote(codes_[0], {"strandrydding"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 409);
  EXPECT_EQ(code_of(r), "process.voting_closed");
  EXPECT_EQ(stored_count(), 0u);
}

TEST_F(InProcessApi, VotingWindowIsStartInclusiveEndExclusive) {
  const Process p = *sqlite_->process(server::kDemoProcessId).value();
  for (const Phase& phase : p.phases) {
    if (phase.kind != PhaseKind::kVoting) continue;
    now_ = phase.starts_at;
    EXPECT_EQ(vote(codes_[0], {"strandrydding"})->status, 201);
    now_ = phase.ends_at - 1;
    EXPECT_EQ(vote(codes_[0], {"kajakkbod"})->status, 200);
    now_ = phase.ends_at;
    EXPECT_EQ(code_of(vote(codes_[0], {"badebrygge"})), "process.voting_closed");
  }
}

}  // namespace
}  // namespace sammen::testing
