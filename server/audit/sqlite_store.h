// SqliteStore: the audit Store on the Database, in the table of schema.cpp.
#pragma once

#include "audit/store.h"
#include "core/database.h"

namespace sammen::server::audit {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}
  Status append(const AuditEntry& entry) override;
  Result<std::vector<AuditEntry>> page(std::int64_t before, int limit) override;

 private:
  Database& db_;
};

}  // namespace sammen::server::audit
