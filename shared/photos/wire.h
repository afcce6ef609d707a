// The wire mapping of photos: what POST /api/v1/photos answers.
//
// {"version": 1, "id": "32 hex digits", "width": 1600, "height": 1200,
//  "bytes": 245123, "url": "/photos/{id}.jpg"}: the kept JPEG's size in
// pixels and bytes, and where it is served. A client reads it back with
// read() (the canvas client uploads as the HTML pages do).
#pragma once

#include <cstdint>
#include <string>

#include "sammen/core/json.h"

namespace sammen {

struct StoredPhoto {
  std::string id;
  int width = 0;
  int height = 0;
  std::int64_t bytes = 0;
};

void to_json(Json& json, const StoredPhoto& photo);
void read(JsonReader& reader, StoredPhoto& photo);

}  // namespace sammen
