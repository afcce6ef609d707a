// SqliteStore: the rolls Store on the Database, in the table of schema.cpp.
#pragma once

#include "core/database.h"
#include "rolls/store.h"

namespace sammen::server::rolls {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}
  Status put(const StoredRoll& roll) override;
  Result<std::optional<StoredRoll>> find(const std::string& process_id) override;

 private:
  Database& db_;
};

}  // namespace sammen::server::rolls
