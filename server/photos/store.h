// PhotoStore: where kept photos are, by their id.
//
// A photo is written once and never changed: its re-encoded JPEG, its size
// in pixels and bytes, who uploaded it (a person's id; none for the
// installation's token) and when. add() is durable when it returns Done
// (the Database's transaction, synchronous=FULL). Every method returns
// kStorageFailed when storage fails. Anything that is not a photo id
// (sammen/photos/photo.h) is simply not there.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sammen/core/result.h"
#include "sammen/people/actor.h"
#include "sammen/photos/wire.h"
#include "sammen/processes/process.h"

namespace sammen::server::photos {

class PhotoStore {
 public:
  virtual ~PhotoStore() = default;

  virtual Status add(const StoredPhoto& photo, std::string_view jpeg,
                     std::optional<PersonId> uploaded_by, UnixSeconds now) = 0;
  virtual Result<bool> exists(std::string_view id) = 0;
  // The photo's JPEG; none when there is no photo with `id`.
  virtual Result<std::optional<std::string>> jpeg(std::string_view id) = 0;
};

}  // namespace sammen::server::photos
