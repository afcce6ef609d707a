// SqliteStore: the demo Store on the Database, in the table of schema.cpp.
#pragma once

#include "core/database.h"
#include "demo/store.h"

namespace sammen::server::demo {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}
  Status add(const DemoCodes& codes) override;
  Result<std::optional<DemoCodes>> codes() override;
  Status add_account(const DemoAccount& account) override;
  Result<std::optional<DemoAccount>> account() override;

 private:
  Database& db_;
};

}  // namespace sammen::server::demo
