// SqliteStore: the processes Store on the Database, in the tables of
// schema.cpp.
#pragma once

#include "core/database.h"
#include "processes/store.h"

namespace sammen::server::processes {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}

  Result<std::optional<Municipality>> municipality() override;
  Status add_municipality(const Municipality& municipality) override;
  Status save_municipality(const Municipality& municipality) override;
  Result<std::vector<Process>> all() override;
  Result<std::optional<Process>> find(const std::string& process_id) override;
  Status add(const Process& process) override;
  Status save(const Process& process) override;

 private:
  Database& db_;
};

}  // namespace sammen::server::processes
