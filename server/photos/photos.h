// Photos: what other features (a proposal's photo, an implementation
// update's photos) use of the photos feature, in one object they build on
// the server's Database and AttemptLog (Deps).
//
// exists() says whether an id names a kept photo, and require() says it as
// a problem (a proposal may only name a kept photo: kPhotoUnknown otherwise). add() checks, re-encodes and keeps bytes (use_cases.h);
// add_from_form() does the same with a multipart form's file field, and
// gives none when the resident chose no file. Both share the server's one
// PhotoLine and count in its AttemptLog, as POST /api/v1/photos does.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/attempt_log.h"
#include "core/database.h"
#include "photos/sqlite_store.h"
#include "photos/use_cases.h"

namespace sammen::server::photos {

class Photos {
 public:
  Photos(Database& db, AttemptLog& attempts)
      : store_(db), stores_{store_, attempts, photo_line()} {}

  // True when a photo with `id` is kept; false for anything else.
  Result<bool> exists(std::string_view id) { return store_.exists(id); }
  // Done when a photo with `id` is kept; kPhotoUnknown (naming it) otherwise.
  Status require(std::string_view id) {
    const Result<bool> kept = exists(id);
    if (!kept.ok()) return kept.problems();
    if (!kept.value()) return Problem{ErrorCode::kPhotoUnknown, std::string(id)};
    return Done{};
  }

  // The kept photo of `upload`, sent by `actor` from `address` (add_photo()).
  Result<StoredPhoto> add(const Actor& actor, const std::string& address, std::string_view upload,
                          UnixSeconds now) {
    return add_photo(stores_, actor, address, upload, now);
  }

  // The kept photo of the file in `request`'s multipart field `field`, from
  // the request's address; none when no file was chosen.
  Result<std::optional<StoredPhoto>> add_from_form(const Actor& actor,
                                                   const httplib::Request& request,
                                                   std::string_view field, UnixSeconds now);

  PhotoStore& store() { return store_; }
  Stores& stores() { return stores_; }

 private:
  SqliteStore store_;
  Stores stores_;
};

}  // namespace sammen::server::photos
