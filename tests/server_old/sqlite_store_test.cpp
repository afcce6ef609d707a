// SqliteStore on its own: migrations, round trips, upserts, all-or-nothing.
#include "sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "demo_seed.h"
#include "sammen/wire.h"
#include "server_process.h"
#include "sqlite_migrations.h"

namespace sammen::testing {
namespace {

using server::SqliteStore;

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(server::auth::init());
    open();
  }
  void open() {
    store_.reset();
    auto opened = SqliteStore::open(path());
    ASSERT_TRUE(opened.ok());
    store_ = std::move(opened).value();
  }
  std::string path() const { return dir_.file("store.sqlite"); }
  server::InitialData seed() const {
    return server::demo_seed(1'800'000'000, server::auth::VoterCodeHasher(std::string(32, 'k')), 3);
  }
  Ballot ballot(std::vector<std::string> ids) const {
    return Ballot{server::kDemoProcessId, "stranda", std::move(ids)};
  }

  TempDir dir_;
  std::unique_ptr<SqliteStore> store_;
};

TEST_F(SqliteStoreTest, MigratesANewFileToTheNewestSchema) {
  EXPECT_EQ(store_->schema_version().value(), static_cast<int>(server::sqlite_migrations().size()));
  EXPECT_TRUE(store_->empty().value());
  EXPECT_FALSE(store_->municipality().value().has_value());
  EXPECT_FALSE(store_->demo_codes().value().has_value());
}

TEST_F(SqliteStoreTest, ReopeningKeepsTheDataAndDoesNotMigrateAgain) {
  ASSERT_TRUE(store_->initialize(seed()).ok());
  open();
  open();
  EXPECT_EQ(store_->schema_version().value(), static_cast<int>(server::sqlite_migrations().size()));
  EXPECT_FALSE(store_->empty().value());
  EXPECT_EQ(store_->processes().value().size(), 1u);
}

TEST_F(SqliteStoreTest, RefusesAFileWithANewerSchema) {
  store_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path().c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  EXPECT_FALSE(SqliteStore::open(path()).ok());
}

TEST_F(SqliteStoreTest, RoundTripsMunicipalityAndProcessExactly) {
  const server::InitialData data = seed();
  ASSERT_TRUE(store_->initialize(data).ok());
  open();
  EXPECT_EQ(wire::encode(*store_->municipality().value()), wire::encode(data.municipality));
  EXPECT_EQ(wire::encode(*store_->process(server::kDemoProcessId).value()),
            wire::encode(data.processes[0]));
  EXPECT_FALSE(store_->process("nope").value().has_value());
  EXPECT_EQ(store_->demo_codes().value()->voter_codes.size(), 3u);
}

TEST_F(SqliteStoreTest, InitializeIsAllOrNothing) {
  server::InitialData data = seed();
  data.processes[0].proposals.push_back(data.processes[0].proposals[0]);  // duplicate key
  EXPECT_EQ(store_->initialize(data).first_problem().code, ErrorCode::kStorageFailed);
  EXPECT_TRUE(store_->empty().value());
  EXPECT_TRUE(store_->processes().value().empty());
  EXPECT_TRUE(store_->initialize(seed()).ok()) << "nothing was left behind to collide with";
}

TEST_F(SqliteStoreTest, PutBallotInsertsThenReplaces) {
  const server::InitialData data = seed();
  ASSERT_TRUE(store_->initialize(data).ok());
  const std::string voter = data.voters[0].second;

  const auto first = store_->put_ballot(voter, ballot({"strandrydding"}), 100);
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first.value().replaced);
  const auto second = store_->put_ballot(voter, ballot({"kajakkbod", "seniorkafe"}), 200);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second.value().replaced);

  const auto mine = store_->ballot_of(server::kDemoProcessId, voter).value();
  ASSERT_TRUE(mine.has_value());
  EXPECT_EQ(mine->ballot.proposal_ids, (std::vector<std::string>{"kajakkbod", "seniorkafe"}));
  EXPECT_EQ(mine->submitted_at, 200);
  EXPECT_EQ(store_->ballots(server::kDemoProcessId).value().size(), 1u);
}

TEST_F(SqliteStoreTest, BallotsNeedAVoterOnTheRoll) {
  ASSERT_TRUE(store_->initialize(seed()).ok());
  EXPECT_FALSE(store_->voter_on_roll(server::kDemoProcessId, "not-a-hash").value());
  EXPECT_FALSE(store_->put_ballot("not-a-hash", ballot({"strandrydding"}), 1).ok())
      << "foreign key";
  EXPECT_TRUE(store_->ballots(server::kDemoProcessId).value().empty());
}

TEST_F(SqliteStoreTest, PublishStoresProcessAndResultTogether) {
  const server::InitialData data = seed();
  ASSERT_TRUE(store_->initialize(data).ok());
  ASSERT_TRUE(store_->put_ballot(data.voters[0].second, ballot({"strandrydding"}), 5).ok());
  Process process = data.processes[0];
  std::vector<Ballot> ballots;
  const auto stored_ballots = store_->ballots(process.id);
  for (const auto& s : stored_ballots.value()) ballots.push_back(s.ballot);
  const ProcessResult result = count_process(process, ballots);
  process.result_published = true;
  process.voting_closed = true;
  ASSERT_TRUE(store_->publish(process, result, 1234).ok());
  EXPECT_FALSE(store_->publish(process, result, 1235).ok()) << "one result per process";

  open();
  const auto stored = store_->result(process.id).value();
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->published_at, 1234);
  EXPECT_EQ(wire::encode(stored->result, process, Language::kEnglish, "NOK"),
            wire::encode(result, process, Language::kEnglish, "NOK"));
  EXPECT_TRUE(store_->process(process.id).value()->result_published);
}

TEST_F(SqliteStoreTest, SettingsAreUpserted) {
  EXPECT_FALSE(store_->setting("k").value().has_value());
  ASSERT_TRUE(store_->set_setting("k", "one").ok());
  ASSERT_TRUE(store_->set_setting("k", "two").ok());
  EXPECT_EQ(store_->setting("k").value(), "two");
}

}  // namespace
}  // namespace sammen::testing
