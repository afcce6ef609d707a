// Statement: one prepared SQL statement on the Database.
//
// Binds by position in the order given (bind(a, b, c) fills ?1, ?2, ?3),
// reads columns 0-based. A failure throws DatabaseError, for Database's
// read() and write() to turn into kStorageFailed. Enum columns hold the
// enum's EnumTable id; an id the table does not know is a DatabaseError.
// Text binds as TEXT; bytes that need not be text (a photo) bind as a BLOB
// through Blob and are read back with blob().
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/database.h"

namespace sammen::server {

// Bytes bound as a BLOB rather than TEXT.
struct Blob {
  std::string_view bytes;
};

class Statement {
 public:
  // BEGIN, COMMIT and their kin: counted by the failure hook, but they do not
  // fill a disk.
  enum Kind { kData, kTransactionControl };
  Statement(Database& db, std::string_view sql, Kind kind = kData);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  template <typename... Values>
  Statement& bind(const Values&... values) {
    int index = 0;
    (bind_at(++index, values), ...);
    return *this;
  }

  // True while there is a row to read.
  bool step();
  // Steps to the end.
  void run();
  // Back to before the first step, bindings cleared: the statement runs
  // again with new values, without being prepared again (bulk inserts).
  Statement& reset();

  std::string text(int column) const;
  std::string blob(int column) const;
  std::int64_t integer(int column) const;
  bool boolean(int column) const { return integer(column) != 0; }
  bool is_null(int column) const;
  template <typename E, typename Table>
  E enumeration(int column, const Table& table) const {
    const std::optional<E> value = table.parse(text(column));
    if (!value) throw DatabaseError("unknown id '" + text(column) + "' in a column");
    return *value;
  }

 private:
  void bind_at(int index, std::string_view text);
  void bind_at(int index, const std::string& text) { bind_at(index, std::string_view(text)); }
  void bind_at(int index, const char* text) { bind_at(index, std::string_view(text)); }
  void bind_at(int index, std::int64_t value);
  void bind_at(int index, int value) { bind_at(index, std::int64_t{value}); }
  void bind_at(int index, bool value) { bind_at(index, std::int64_t{value}); }
  void bind_at(int index, std::nullopt_t);
  void bind_at(int index, Blob blob);
  template <typename T>
  void bind_at(int index, const std::optional<T>& value) {
    if (value)
      bind_at(index, *value);
    else
      bind_at(index, std::nullopt);
  }
  void check(int rc);

  Database& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace sammen::server
