// Database: the one SQLite connection every feature's store works through.
//
// Opens (or creates) the file with journal mode WAL and synchronous=FULL, so
// a write that returned success is on disk and a 2xx is never sent for data a
// power cut could lose; foreign keys on; one connection behind a mutex. A
// store runs its statements inside read() or write(). A failed SQLite call
// in there throws DatabaseError, which they catch at the boundary: the store
// returns kStorageFailed (the reason goes to stderr), a write is rolled back
// whole, nothing escapes as an exception. A write inside another write (or
// inside all_or_nothing()) is a savepoint of the outer transaction.
//
// Prepared statements are kept for reuse by their SQL text (at most
// kKeptStatements), reset when a Statement is done with one, so a store
// method's SQL is parsed once per server rather than once per call.
//
// migrate() brings every feature's tables to its newest schema. The failure
// hook (fail()) makes statements or commits fail on purpose, for anomaly
// tests of every store method without a wrapper around any store.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "core/transactions.h"
#include "sammen/core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sammen::server {

class DatabaseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One feature's schema: its migrations, oldest first. Migration i brings the
// feature from version i to i + 1; shipped migrations never change, a new
// schema change is a new entry at the end.
struct Schema {
  std::string_view feature;
  std::span<const char* const> migrations;
};

// What the failure hook makes fail, counted from the moment it is set.
struct Failures {
  int statement = 0;       // n > 0: the n-th statement from now fails, once
  bool commits = false;    // every commit fails, and rolls back
  bool disk_full = false;  // every statement that would change data fails as on a full disk
};

class Database final : public Transactions {
 public:
  // Opens `path`; kStorageFailed (with the reason on stderr) when it cannot.
  // A call waits up to `busy_timeout_ms` for another connection's lock, then fails.
  static Result<std::unique_ptr<Database>> open(const std::string& path,
                                                int busy_timeout_ms = 5000);
  ~Database() override;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Creates or migrates every schema's tables, all in one transaction.
  // Refuses a file written by a newer server.
  Status migrate(std::span<const Schema> schemas);
  // The number of `feature`'s migrations the file has had.
  Result<int> schema_version(std::string_view feature);

  // Runs `body` (which returns a value or nothing) and gives its value, or
  // kStorageFailed when SQLite failed in it. write() runs it in a transaction.
  template <typename F>
  auto read(const char* what, F&& body) {
    return run(what, /*write=*/false, body);
  }
  template <typename F>
  auto write(const char* what, F&& body) {
    return run(what, /*write=*/true, body);
  }
  Status all_or_nothing(const std::function<Status()>& body) override;

  // The failure hook: replaces whatever was set before; Failures{} heals.
  void fail(Failures failures);

  // For Statement: a prepared statement of `sql` (a kept one when there is
  // one), counted by the failure hook; release() takes it back when done.
  sqlite3_stmt* prepare(std::string_view sql, bool transaction_control);
  void release(sqlite3_stmt* statement);
  // Throws DatabaseError with `what` and SQLite's message about the last call.
  [[noreturn]] void raise(std::string_view what) const;
  std::int64_t changes() const;

 private:
  explicit Database(sqlite3* db);

  template <typename F>
  auto run(const char* what, bool write, F& body) {
    using Value = std::invoke_result_t<F&>;
    if constexpr (std::is_void_v<Value>) {
      if (std::optional<Problem> problem = guarded(what, write, [&] { body(); })) {
        return Status(*problem);
      }
      return Status(Done{});
    } else {
      std::optional<Value> value;
      if (std::optional<Problem> problem = guarded(what, write, [&] { value.emplace(body()); })) {
        return Result<Value>(*problem);
      }
      return Result<Value>(std::move(*value));
    }
  }

  // Runs `body` under the lock (and a transaction when `write`); the problem
  // when it threw DatabaseError or ran out of memory.
  std::optional<Problem> guarded(const char* what, bool write, const std::function<void()>& body);
  void exec(const char* sql);
  void exec_transaction_control(const char* sql);
  void begin();
  void commit();
  void rollback();
  int user_version();

  static constexpr std::size_t kKeptStatements = 256;

  std::recursive_mutex mutex_;
  sqlite3* db_ = nullptr;
  std::unordered_multimap<std::string, sqlite3_stmt*> kept_;  // reset, ready to run again
  int depth_ = 0;  // open transactions: 1 for BEGIN, more for savepoints in it
  Failures failures_;
  int statements_ = 0;  // statements since the failure hook was set
};

}  // namespace sammen::server
