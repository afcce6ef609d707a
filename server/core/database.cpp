#include "core/database.h"

#include <sqlite3.h>

#include <cstdio>

#include "core/statement.h"

namespace sammen::server {
namespace {

// What PRAGMA user_version says about the file: 1 is the single schema of
// the first release, 2 the per-feature ledger in schema_versions.
constexpr int kLegacyLayout = 1;
constexpr int kLayout = 2;

// The features whose tables the first release's single migration created,
// each exactly as its own first migration does.
constexpr std::string_view kLegacyFeatures[] = {"core", "processes", "ballots", "results", "demo"};

Problem storage_failed(const char* what, const std::string& why) {
  std::fprintf(stderr, "sammen-server: storage failed (%s): %s\n", what, why.c_str());
  std::fflush(stderr);
  return Problem{ErrorCode::kStorageFailed, ""};
}

// Thrown to undo all_or_nothing() when its body fails; not a storage failure.
struct Undo {};

// SQLite's commit hook: a non-zero answer turns the COMMIT into a ROLLBACK.
int refuse_commit(void* failures) {
  return static_cast<Failures*>(failures)->commits ? 1 : 0;
}

}  // namespace

Database::Database(sqlite3* db) : db_(db) {
  sqlite3_commit_hook(db_, refuse_commit, &failures_);
}

Database::~Database() {
  for (const auto& [sql, statement] : kept_) sqlite3_finalize(statement);
  sqlite3_close(db_);
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path, int busy_timeout_ms) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    const std::string why = db ? sqlite3_errmsg(db) : "cannot allocate";
    sqlite3_close(db);
    return storage_failed("open", path + ": " + why);
  }
  std::unique_ptr<Database> database(new Database(db));
  try {
    sqlite3_busy_timeout(db, busy_timeout_ms);
    database->exec("PRAGMA journal_mode = WAL");
    database->exec("PRAGMA synchronous = FULL");
    database->exec("PRAGMA foreign_keys = ON");
  } catch (const DatabaseError& e) {
    return storage_failed("open", path + ": " + e.what());
  }
  return database;
}

void Database::raise(std::string_view what) const {
  throw DatabaseError(std::string(what) + ": " + (db_ ? sqlite3_errmsg(db_) : "no database"));
}

std::int64_t Database::changes() const {
  return sqlite3_changes64(db_);
}

sqlite3_stmt* Database::prepare(std::string_view sql, bool transaction_control) {
  if (failures_.statement > 0 && ++statements_ == failures_.statement) {
    throw DatabaseError("failure hook: statement " + std::to_string(statements_) +
                        " fails: " + std::string(sql));
  }
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  sqlite3_stmt* stmt = nullptr;
  if (const auto kept = kept_.find(std::string(sql)); kept != kept_.end()) {
    stmt = kept->second;
    kept_.erase(kept);
  } else if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
             SQLITE_OK) {
    raise(sql);
  }
  // BEGIN IMMEDIATE counts as writing for SQLite, but takes only a lock.
  if (failures_.disk_full && !transaction_control && !sqlite3_stmt_readonly(stmt)) {
    release(stmt);
    throw DatabaseError("failure hook: database or disk is full: " + std::string(sql));
  }
  return stmt;
}

void Database::release(sqlite3_stmt* statement) {
  if (statement == nullptr) return;
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  // Reset at once: a statement left mid-read would hold its read transaction open.
  sqlite3_reset(statement);
  sqlite3_clear_bindings(statement);
  if (kept_.size() >= kKeptStatements) {
    sqlite3_finalize(statement);
    return;
  }
  kept_.emplace(sqlite3_sql(statement), statement);
}

void Database::exec(const char* sql) {
  Statement(*this, sql).run();
}

void Database::exec_transaction_control(const char* sql) {
  Statement(*this, sql, Statement::kTransactionControl).run();
}

void Database::begin() {
  exec_transaction_control(depth_ == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested");
  ++depth_;
}

void Database::commit() {
  --depth_;
  try {
    exec_transaction_control(depth_ == 0 ? "COMMIT" : "RELEASE nested");
  } catch (...) {
    ++depth_;
    throw;
  }
}

void Database::rollback() {
  // Never counted by the failure hook: undoing must always be possible. When
  // SQLite has already rolled back (a refused commit), this finds nothing to do.
  --depth_;
  if (depth_ == 0) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  } else {
    sqlite3_exec(db_, "ROLLBACK TO nested; RELEASE nested", nullptr, nullptr, nullptr);
  }
}

std::optional<Problem> Database::guarded(const char* what, bool write,
                                         const std::function<void()>& body) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  bool open = false;  // a transaction of ours that is neither committed nor rolled back
  try {
    if (write) {
      begin();
      open = true;
    }
    body();
    if (write) {
      commit();
      open = false;
    }
    return std::nullopt;
  } catch (const DatabaseError& e) {
    if (open) rollback();
    return storage_failed(what, e.what());
  } catch (const std::bad_alloc&) {
    if (open) rollback();
    return storage_failed(what, "out of memory");
  } catch (const Undo&) {  // all_or_nothing()'s body failed: its problems stand
    if (open) rollback();
    return Problem{ErrorCode::kStorageFailed, ""};
  } catch (...) {  // a bug: undo, and let the server answer 500
    if (open) rollback();
    throw;
  }
}

Status Database::all_or_nothing(const std::function<Status()>& body) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  Status outcome = Done{};
  const std::optional<Problem> failed = guarded("all_or_nothing", /*write=*/true, [&] {
    outcome = body();
    if (!outcome.ok()) throw Undo{};
  });
  if (!outcome.ok()) return outcome;
  if (failed) return *failed;
  return outcome;
}

void Database::fail(Failures failures) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  failures_ = failures;
  statements_ = 0;
}

int Database::user_version() {
  Statement s(*this, "PRAGMA user_version");
  return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

Status Database::migrate(std::span<const Schema> schemas) {
  return write("migrate", [&] {
    const int layout = user_version();
    if (layout > kLayout) {
      throw DatabaseError("the file has layout " + std::to_string(layout) +
                          ", newer than this server knows (" + std::to_string(kLayout) + ")");
    }
    exec(
        "CREATE TABLE IF NOT EXISTS schema_versions ("
        " feature TEXT PRIMARY KEY, version INTEGER NOT NULL)");
    auto set_version = [&](std::string_view feature, std::int64_t version) {
      Statement(*this,
                "INSERT INTO schema_versions (feature, version) VALUES (?,?)"
                " ON CONFLICT (feature) DO UPDATE SET version = excluded.version")
          .bind(feature, version)
          .run();
    };
    if (layout == kLegacyLayout) {
      for (std::string_view feature : kLegacyFeatures) set_version(feature, 1);
    }
    for (const Schema& schema : schemas) {
      // Read and finished before the migrations run: a statement still
      // stepping would keep a migration from dropping a table.
      const std::int64_t version = [&] {
        Statement current(*this, "SELECT version FROM schema_versions WHERE feature = ?");
        current.bind(schema.feature);
        return current.step() ? current.integer(0) : std::int64_t{0};
      }();
      const auto known = static_cast<std::int64_t>(schema.migrations.size());
      if (version > known) {
        throw DatabaseError(std::string(schema.feature) + " has schema version " +
                            std::to_string(version) + ", newer than this server knows (" +
                            std::to_string(known) + ")");
      }
      for (std::int64_t i = version; i < known; ++i) {
        if (sqlite3_exec(db_, schema.migrations[static_cast<std::size_t>(i)], nullptr, nullptr,
                         nullptr) != SQLITE_OK) {
          raise(std::string(schema.feature) + " migration " + std::to_string(i + 1));
        }
        set_version(schema.feature, i + 1);
      }
    }
    exec(("PRAGMA user_version = " + std::to_string(kLayout)).c_str());
  });
}

Result<int> Database::schema_version(std::string_view feature) {
  return read("schema_version", [&] {
    Statement s(*this, "SELECT version FROM schema_versions WHERE feature = ?");
    s.bind(feature);
    return s.step() ? static_cast<int>(s.integer(0)) : 0;
  });
}

}  // namespace sammen::server
