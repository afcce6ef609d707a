// SqliteStore: the PhotoStore in the server's SQLite file (schema.cpp).
#pragma once

#include "core/database.h"
#include "photos/store.h"

namespace sammen::server::photos {

class SqliteStore final : public PhotoStore {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}

  Status add(const StoredPhoto& photo, std::string_view jpeg, std::optional<PersonId> uploaded_by,
             UnixSeconds now) override;
  Result<bool> exists(std::string_view id) override;
  Result<std::optional<std::string>> jpeg(std::string_view id) override;

 private:
  Database& db_;
};

}  // namespace sammen::server::photos
