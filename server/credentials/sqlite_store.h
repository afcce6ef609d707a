// SqliteStore: the credentials Store on the Database, in the tables of schema.cpp.
#pragma once

#include "core/database.h"
#include "credentials/store.h"

namespace sammen::server::credentials {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}

  Result<std::string> seed(const std::string& process_id, const std::string& fresh) override;
  Result<Issuance> record_issuance(const std::string& process_id, const std::string& code_hash,
                                   const std::string& blinded) override;
  Result<bool> issued(const std::string& process_id, const std::string& code_hash) override;
  Status scrub() override;

 private:
  Database& db_;
};

}  // namespace sammen::server::credentials
