// The photos feature: pictures residents attach to proposals and staff to
// implementation updates, re-encoded and kept in SQLite.
//
//   POST /api/v1/photos        a picture (the body: JPEG or PNG bytes, or a
//                              multipart form with the file in "photo");
//                              signed in, CSRF as every write; 201 with the
//                              kept photo (sammen/photos/wire.h)
//   GET  /photos/{id}.jpg      the kept JPEG, cached for a year (it never changes)
//
// Other features use photos.h (exists(), add(), add_from_form()) and, in
// their HTML pages, upload.h.
#pragma once

#include <span>

#include "core/feature.h"

namespace sammen::server::photos {

Feature feature();

std::span<const char* const> migrations();
void install(Router& router, const Deps& deps);

}  // namespace sammen::server::photos
