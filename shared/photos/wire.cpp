#include "sammen/photos/wire.h"

#include "sammen/photos/photo.h"

namespace sammen {

void to_json(Json& json, const StoredPhoto& p) {
  json = {{"version", kWireVersion}, {"id", p.id},       {"width", p.width},
          {"height", p.height},      {"bytes", p.bytes}, {"url", photo_path(p.id)}};
}

void read(JsonReader& r, StoredPhoto& photo) {
  r.version();
  r.required("id", photo.id);
  r.required("width", photo.width);
  r.required("height", photo.height);
  r.required("bytes", photo.bytes);
}

}  // namespace sammen
