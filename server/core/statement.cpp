#include "core/statement.h"

#include <sqlite3.h>

namespace sammen::server {

Statement::Statement(Database& db, std::string_view sql, Kind kind)
    : db_(db), stmt_(db.prepare(sql, kind == kTransactionControl)) {}

Statement::~Statement() {
  db_.release(stmt_);
}

void Statement::check(int rc) {
  if (rc != SQLITE_OK) db_.raise("bind");
}

void Statement::bind_at(int index, std::string_view text) {
  check(sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT));
}

void Statement::bind_at(int index, std::int64_t value) {
  check(sqlite3_bind_int64(stmt_, index, value));
}

void Statement::bind_at(int index, std::nullopt_t) {
  check(sqlite3_bind_null(stmt_, index));
}

void Statement::bind_at(int index, Blob blob) {
  check(sqlite3_bind_blob64(stmt_, index, blob.bytes.data(), blob.bytes.size(), SQLITE_TRANSIENT));
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_.raise(sqlite3_sql(stmt_));
}

void Statement::run() {
  while (step()) {
  }
}

Statement& Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  return *this;
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string();
}

std::string Statement::blob(int column) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string();
}

std::int64_t Statement::integer(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

}  // namespace sammen::server
