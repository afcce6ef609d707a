// SqliteStore: the Store in one SQLite file, the embedded default.
//
// Opens (or creates) the file, runs the schema migrations it has not yet seen
// (PRAGMA user_version counts them), and keeps one connection behind a mutex.
// Journal mode WAL with synchronous=FULL: a method that returned success has
// its change on disk, so a 2xx for a ballot is never sent for a ballot that a
// power cut could lose. Every write runs in one transaction.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "store.h"

struct sqlite3;

namespace sammen::server {

class SqliteStore final : public Store {
 public:
  // Opens `path` and migrates it to the newest schema; kStorageFailed (with
  // the reason on stderr) when the file cannot be opened or migrated. A call
  // waits up to `busy_timeout_ms` for another connection's lock, then fails.
  static Result<std::unique_ptr<SqliteStore>> open(const std::string& path,
                                                   int busy_timeout_ms = 5000);
  ~SqliteStore() override;

  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // The schema version the file is at (number of migrations applied).
  Result<int> schema_version();

  Result<bool> empty() override;
  Status initialize(const InitialData& data) override;
  Result<std::optional<Municipality>> municipality() override;
  Result<std::vector<Process>> processes() override;
  Result<std::optional<Process>> process(const std::string& process_id) override;
  Status save_process(const Process& process) override;
  Result<bool> voter_on_roll(const std::string& process_id, const std::string& voter_hash) override;
  Result<wire::BallotReceipt> put_ballot(const std::string& voter_hash, const Ballot& ballot,
                                         UnixSeconds now) override;
  Result<std::optional<StoredBallot>> ballot_of(const std::string& process_id,
                                                const std::string& voter_hash) override;
  Result<std::vector<StoredBallot>> ballots(const std::string& process_id) override;
  Status publish(const Process& process, const ProcessResult& result, UnixSeconds now) override;
  Result<std::optional<StoredResult>> result(const std::string& process_id) override;
  Result<std::optional<std::string>> setting(const std::string& key) override;
  Status set_setting(const std::string& key, const std::string& value) override;
  Result<std::optional<wire::DemoCodes>> demo_codes() override;

 private:
  explicit SqliteStore(sqlite3* db) : db_(db) {}

  template <typename F>
  auto locked(const char* what, F&& body) -> decltype(body());

  std::mutex mutex_;
  sqlite3* db_ = nullptr;
};

}  // namespace sammen::server
