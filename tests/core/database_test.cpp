// The database layer on its own: migrations, transactions, the failure hook.
#include "core/database.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/statement.h"
#include "processes/feature.h"
#include "test_database.h"

namespace sammen::testing {
namespace {

using server::Database;
using server::Statement;

// The single migration of the first release, before each feature had its
// own: a file made by it must open and keep its data.
constexpr const char* kFirstReleaseSchema = R"sql(
CREATE TABLE municipality (id TEXT PRIMARY KEY, name TEXT NOT NULL, currency TEXT NOT NULL);
CREATE TABLE districts (id TEXT PRIMARY KEY, municipality_id TEXT NOT NULL REFERENCES municipality(id),
  name TEXT NOT NULL, position INTEGER NOT NULL);
CREATE TABLE processes (id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL,
  rung TEXT NOT NULL, ballot_format TEXT NOT NULL, max_approvals INTEGER NOT NULL,
  min_spend_percent INTEGER NOT NULL, voting_closed INTEGER NOT NULL DEFAULT 0,
  result_published INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL);
CREATE TABLE phases (process_id TEXT NOT NULL REFERENCES processes(id), position INTEGER NOT NULL,
  kind TEXT NOT NULL, starts_at INTEGER NOT NULL, ends_at INTEGER NOT NULL, PRIMARY KEY (process_id, position));
CREATE TABLE budgets (process_id TEXT NOT NULL REFERENCES processes(id),
  district_id TEXT NOT NULL REFERENCES districts(id), budget INTEGER NOT NULL CHECK (budget >= 0),
  position INTEGER NOT NULL, PRIMARY KEY (process_id, district_id));
CREATE TABLE proposals (process_id TEXT NOT NULL REFERENCES processes(id), id TEXT NOT NULL,
  district_id TEXT NOT NULL REFERENCES districts(id), title TEXT NOT NULL, summary TEXT NOT NULL,
  cost INTEGER NOT NULL CHECK (cost >= 0), production TEXT NOT NULL, status TEXT NOT NULL,
  position INTEGER NOT NULL, PRIMARY KEY (process_id, id));
CREATE TABLE voters (process_id TEXT NOT NULL REFERENCES processes(id), code_hash TEXT NOT NULL,
  PRIMARY KEY (process_id, code_hash)) WITHOUT ROWID;
CREATE TABLE ballots (process_id TEXT NOT NULL, voter_hash TEXT NOT NULL, district_id TEXT NOT NULL,
  proposal_ids TEXT NOT NULL, submitted_at INTEGER NOT NULL, PRIMARY KEY (process_id, voter_hash),
  FOREIGN KEY (process_id, voter_hash) REFERENCES voters(process_id, code_hash)) WITHOUT ROWID;
CREATE TABLE results (process_id TEXT PRIMARY KEY REFERENCES processes(id), result TEXT NOT NULL,
  published_at INTEGER NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE demo_codes (process_id TEXT NOT NULL REFERENCES processes(id), code TEXT NOT NULL,
  position INTEGER NOT NULL, PRIMARY KEY (process_id, code));
INSERT INTO municipality VALUES ('elvestad', 'Elvestad kommune', 'NOK');
INSERT INTO settings VALUES ('voter_code_key', 'abc');
PRAGMA user_version = 1;
)sql";

void write_sql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

std::int64_t count(Database& db, const std::string& table) {
  return db
      .read("count",
            [&] {
              Statement s(db, "SELECT COUNT(*) FROM " + table);
              s.step();
              return s.integer(0);
            })
      .value();
}

TEST(SqliteStoreTest, MigratesANewFileToTheNewestSchema) {
  TestDatabase t;
  for (const server::Schema& schema : all_schemas()) {
    EXPECT_EQ(t.db().schema_version(schema.feature).value(),
              static_cast<int>(schema.migrations.size()))
        << schema.feature;
  }
  EXPECT_FALSE(t.processes->municipality().value().has_value());
  EXPECT_FALSE(t.demo->codes().value().has_value());
}

TEST(SqliteStoreTest, ReopeningKeepsTheDataAndDoesNotMigrateAgain) {
  TestDatabase t;
  t.plant();
  t.reopen();
  t.reopen();
  EXPECT_EQ(t.db().schema_version("processes").value(),
            static_cast<int>(server::processes::migrations().size()));
  EXPECT_TRUE(t.processes->municipality().value().has_value());
  EXPECT_EQ(t.processes->all().value().size(), 1u);
}

TEST(SqliteStoreTest, RefusesAFileWithANewerSchema) {
  TempDir dir;
  write_sql(dir.file("new.sqlite"), "PRAGMA user_version = 99");
  auto db = Database::open(dir.file("new.sqlite"));
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(db.value()->migrate(all_schemas()).first_problem().code, ErrorCode::kStorageFailed);
}

TEST(Migrations, RefuseAFeatureSchemaNewerThanTheServerKnows) {
  TestDatabase t;
  ASSERT_TRUE(t.db()
                  .write("newer",
                         [&] {
                           Statement(
                               t.db(),
                               "UPDATE schema_versions SET version = 7 WHERE feature = 'ballots'")
                               .run();
                         })
                  .ok());
  EXPECT_FALSE(t.db().migrate(all_schemas()).ok());
}

TEST(Migrations, TakeAFileOfTheFirstReleaseAsItIs) {
  TempDir dir;
  write_sql(dir.file("old.sqlite"), kFirstReleaseSchema);
  auto db = Database::open(dir.file("old.sqlite"));
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(db.value()->migrate(all_schemas()).ok());
  // The first release's features start from version 1; every feature is then
  // brought to its newest schema.
  for (const server::Schema& schema : all_schemas()) {
    EXPECT_EQ(db.value()->schema_version(schema.feature).value(),
              static_cast<int>(schema.migrations.size()))
        << schema.feature;
  }
  EXPECT_EQ(count(*db.value(), "municipality"), 1);
  EXPECT_EQ(server::SqliteSettings(*db.value()).get("voter_code_key").value(), "abc");
}

TEST(Migrations, RunANewMigrationOnceOnTopOfTheOldOnes) {
  TestDatabase t;
  constexpr const char* kMigrations[] = {"CREATE TABLE notes (id TEXT PRIMARY KEY)",
                                         "ALTER TABLE notes ADD COLUMN text TEXT"};
  const server::Schema notes{"notes", std::span<const char* const>(kMigrations, 1)};
  ASSERT_TRUE(t.db().migrate(std::span(&notes, 1)).ok());
  const server::Schema both{"notes", kMigrations};
  ASSERT_TRUE(t.db().migrate(std::span(&both, 1)).ok());
  ASSERT_TRUE(t.db().migrate(std::span(&both, 1)).ok()) << "nothing left to run";
  EXPECT_EQ(t.db().schema_version("notes").value(), 2);
}

TEST(Database, AWriteInsideAWriteIsUndoneWithoutUndoingTheOuter) {
  TestDatabase t;
  const Status outer = t.db().write("outer", [&] {
    Statement(t.db(), "INSERT INTO settings (key, value) VALUES ('a', '1')").run();
    const Status inner = t.db().write("inner", [&] {
      Statement(t.db(), "INSERT INTO settings (key, value) VALUES ('b', '2')").run();
      Statement(t.db(), "INSERT INTO settings (key, value) VALUES ('b', '3')")
          .run();  // a duplicate key
    });
    EXPECT_FALSE(inner.ok());
  });
  ASSERT_TRUE(outer.ok());
  EXPECT_EQ(t.settings->get("a").value(), "1");
  EXPECT_FALSE(t.settings->get("b").value().has_value());
}

TEST(Database, AllOrNothingUndoesEveryCallWhenOneFails) {
  TestDatabase t;
  const Status status = t.db().all_or_nothing([&] {
    EXPECT_TRUE(t.settings->set("a", "1").ok());
    return Status(Problem{ErrorCode::kAlreadyPublished, "x"});
  });
  EXPECT_EQ(status.first_problem().code, ErrorCode::kAlreadyPublished) << "the body's own problem";
  EXPECT_FALSE(t.settings->get("a").value().has_value());
  EXPECT_TRUE(t.db().all_or_nothing([&] { return t.settings->set("a", "2"); }).ok());
  EXPECT_EQ(t.settings->get("a").value(), "2");
}

TEST(Database, ABugInABodyUndoesItsWriteAndStillThrows) {
  TestDatabase t;
  EXPECT_THROW(
      (void)t.db().write("bug",
                         [&] {
                           Statement(t.db(), "INSERT INTO settings VALUES ('a', '1')").run();
                           throw std::logic_error("a bug");
                         }),
      std::logic_error);
  EXPECT_FALSE(t.settings->get("a").value().has_value());
  EXPECT_TRUE(t.settings->set("a", "2").ok()) << "no transaction was left open";
}

TEST(FailureHook, FailsTheNthStatementOnce) {
  TestDatabase t;
  t.db().fail({.statement = 2});
  EXPECT_TRUE(t.settings->get("a").ok()) << "statement 1";
  EXPECT_FALSE(t.settings->get("a").ok()) << "statement 2";
  EXPECT_TRUE(t.settings->get("a").ok()) << "statement 3";
}

TEST(FailureHook, FailsEveryCommitUntilHealed) {
  TestDatabase t;
  t.db().fail({.commits = true});
  EXPECT_EQ(t.settings->set("a", "1").first_problem().code, ErrorCode::kStorageFailed);
  EXPECT_FALSE(t.settings->set("a", "1").ok());
  EXPECT_FALSE(t.settings->get("a").value().has_value());
  t.db().fail({});
  EXPECT_TRUE(t.settings->set("a", "1").ok());
}

TEST(FailureHook, OnAFullDiskWritesFailAndReadsWork) {
  TestDatabase t;
  t.plant();
  t.db().fail({.disk_full = true});
  EXPECT_FALSE(t.settings->set("a", "1").ok());
  EXPECT_TRUE(t.processes->all().ok());
}

TEST(SqliteStoreTest, SettingsAreUpserted) {
  TestDatabase t;
  EXPECT_FALSE(t.settings->get("k").value().has_value());
  ASSERT_TRUE(t.settings->set("k", "one").ok());
  ASSERT_TRUE(t.settings->set("k", "two").ok());
  EXPECT_EQ(t.settings->get("k").value(), "two");
}

}  // namespace
}  // namespace sammen::testing
