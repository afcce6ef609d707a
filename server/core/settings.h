// Settings: small named values of one installation, such as the voter-code
// key and the administrator token's hash.
//
// SqliteSettings keeps them in the settings table, the one table of the
// server's core schema ("core").
#pragma once

#include <optional>
#include <string>

#include "core/database.h"

namespace sammen::server {

class Settings {
 public:
  virtual ~Settings() = default;
  virtual Result<std::optional<std::string>> get(const std::string& key) = 0;
  // Sets `key`, replacing an older value.
  virtual Status set(const std::string& key, const std::string& value) = 0;
};

class SqliteSettings final : public Settings {
 public:
  explicit SqliteSettings(Database& db) : db_(db) {}
  Result<std::optional<std::string>> get(const std::string& key) override;
  Status set(const std::string& key, const std::string& value) override;

 private:
  Database& db_;
};

Schema core_schema();

}  // namespace sammen::server
