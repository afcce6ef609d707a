#include "photos/sqlite_store.h"

#include "core/statement.h"
#include "sammen/photos/photo.h"

namespace sammen::server::photos {

Status SqliteStore::add(const StoredPhoto& photo, std::string_view jpeg,
                        std::optional<PersonId> uploaded_by, UnixSeconds now) {
  return db_.write("add photo", [&] {
    Statement(db_,
              "INSERT INTO photos (id, jpeg, width, height, bytes, uploaded_by, created_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(photo.id, Blob{jpeg}, photo.width, photo.height, photo.bytes, uploaded_by, now)
        .run();
  });
}

Result<bool> SqliteStore::exists(std::string_view id) {
  if (!is_photo_id(id)) return false;
  return db_.read("photo exists", [&] {
    return Statement(db_, "SELECT 1 FROM photos WHERE id = ?").bind(id).step();
  });
}

Result<std::optional<std::string>> SqliteStore::jpeg(std::string_view id) {
  if (!is_photo_id(id)) return std::optional<std::string>();
  return db_.read("photo", [&]() -> std::optional<std::string> {
    Statement s(db_, "SELECT jpeg FROM photos WHERE id = ?");
    s.bind(id);
    if (!s.step()) return std::nullopt;
    return s.blob(0);
  });
}

}  // namespace sammen::server::photos
