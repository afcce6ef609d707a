#include "core/settings.h"

#include "core/statement.h"

namespace sammen::server {
namespace {

constexpr const char* kMigrations[] = {
    // 1: as in the first release.
    R"sql(
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql",
};

}  // namespace

Schema core_schema() {
  return {"core", kMigrations};
}

Result<std::optional<std::string>> SqliteSettings::get(const std::string& key) {
  return db_.read("settings.get", [&]() -> std::optional<std::string> {
    Statement s(db_, "SELECT value FROM settings WHERE key = ?");
    s.bind(key);
    if (!s.step()) return std::nullopt;
    return s.text(0);
  });
}

Status SqliteSettings::set(const std::string& key, const std::string& value) {
  return db_.write("settings.set", [&] {
    Statement(db_,
              "INSERT INTO settings (key, value) VALUES (?,?)"
              " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(key, value)
        .run();
  });
}

}  // namespace sammen::server
