#include "test_database.h"

#include <gtest/gtest.h>
#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>

#include "audit/feature.h"
#include "ballots/feature.h"
#include "credentials/feature.h"
#include "demo/feature.h"
#include "demo/use_cases.h"
#include "people/feature.h"
#include "photos/feature.h"
#include "processes/feature.h"
#include "proposals/feature.h"
#include "results/feature.h"
#include "rolls/feature.h"
#include "setup/feature.h"

namespace sammen::testing {
namespace {

const std::string& admin_hash() {
  static const std::string hash = [] {
    EXPECT_TRUE(server::auth::init());
    char out[crypto_pwhash_STRBYTES];
    const std::string token = kAdminToken;
    EXPECT_EQ(crypto_pwhash_str(out, token.data(), token.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                crypto_pwhash_MEMLIMIT_INTERACTIVE),
              0);
    return std::string(out);
  }();
  return hash;
}

}  // namespace

std::vector<server::Feature> all_features() {
  return {server::processes::feature(), server::ballots::feature(), server::credentials::feature(),
          server::results::feature(),   server::people::feature(),  server::audit::feature(),
          server::setup::feature(),     server::rolls::feature(),   server::proposals::feature(),
          server::photos::feature(),
          server::demo::feature()};
}

std::vector<server::Schema> all_schemas() {
  std::vector<server::Schema> schemas = {server::core_schema()};
  for (const server::Feature& feature : all_features())
    schemas.push_back({feature.name, feature.migrations});
  return schemas;
}

TestDatabase::TestDatabase(int busy_timeout_ms)
    : busy_timeout_ms_(busy_timeout_ms), admin_(admin_hash(), argon2_) {
  reopen();
}

void TestDatabase::reopen() {
  people.reset();
  audit.reset();
  rolls.reset();
  processes.reset();
  ballots.reset();
  results.reset();
  demo.reset();
  settings.reset();
  db_.reset();
  Result<std::unique_ptr<server::Database>> opened =
      server::Database::open(path(), busy_timeout_ms_);
  EXPECT_TRUE(opened.ok());
  db_ = std::move(opened).value();
  EXPECT_TRUE(db_->migrate(all_schemas()).ok());
  processes = std::make_unique<server::processes::SqliteStore>(*db_);
  ballots = std::make_unique<server::ballots::SqliteStore>(*db_);
  results = std::make_unique<server::results::SqliteStore>(*db_);
  demo = std::make_unique<server::demo::SqliteStore>(*db_);
  settings = std::make_unique<server::SqliteSettings>(*db_);
  people = std::make_unique<server::people::SqliteStore>(*db_);
  audit = std::make_unique<server::audit::SqliteStore>(*db_);
  rolls = std::make_unique<server::rolls::SqliteStore>(*db_);
  credentials = std::make_unique<server::credentials::SqliteStore>(*db_);
}

const server::demo::Seed& TestDatabase::plant(int voters, UnixSeconds now) {
  seed_ = server::demo::seed(now, hasher_, voters);
  server::demo::Stores stores{*demo, *processes, *ballots, *db_, *people, passwords_};
  const Result<bool> planted = server::demo::plant(stores, seed_);
  EXPECT_TRUE(planted.ok() && planted.value());
  return seed_;
}

std::string TestDatabase::dump() const {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::vector<std::string> tables;
  sqlite3_exec(
      db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      [](void* out, int, char** values, char**) {
        static_cast<std::vector<std::string>*>(out)->push_back(values[0]);
        return 0;
      },
      &tables, nullptr);
  std::vector<std::string> rows;
  for (const std::string& table : tables) {
    struct Rows {
      const std::string* table;
      std::vector<std::string>* rows;
    } sink{&table, &rows};
    sqlite3_exec(
        db, ("SELECT * FROM " + table).c_str(),
        [](void* out, int count, char** values, char**) {
          auto* s = static_cast<Rows*>(out);
          std::string row = *s->table + ":";
          for (int i = 0; i < count; ++i) row += std::string(values[i] ? values[i] : "NULL") + "|";
          s->rows->push_back(row);
          return 0;
        },
        &sink, nullptr);
  }
  sqlite3_close(db);
  std::sort(rows.begin(), rows.end());
  std::string out;
  for (const std::string& row : rows) out += row + "\n";
  return out;
}

}  // namespace sammen::testing
