// The photos feature's table. A photo is kept as the JPEG Sammen made of
// the upload (never the upload itself), under a random id; uploaded_by is
// the person's id (people.id), NULL for the installation's token.
#include "photos/feature.h"

namespace sammen::server::photos {
namespace {

constexpr const char* kMigrations[] = {
    // 1: kept photos.
    R"sql(
CREATE TABLE photos (
  id TEXT PRIMARY KEY,
  jpeg BLOB NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  uploaded_by INTEGER,
  created_at INTEGER NOT NULL
);
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::photos
