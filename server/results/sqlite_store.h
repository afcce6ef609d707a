// SqliteStore: the results Store on the Database, in the table of schema.cpp.
#pragma once

#include "core/database.h"
#include "results/store.h"

namespace sammen::server::results {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}
  Status put(const Tally& tally, UnixSeconds published_at) override;
  Result<std::optional<StoredTally>> find(const std::string& process_id) override;

 private:
  Database& db_;
};

}  // namespace sammen::server::results
