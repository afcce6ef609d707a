// The photos feature's use cases: keeping an upload, and whether one may be sent.
//
// Who: any signed-in person (or the installation's token) whose one-time
// password has been changed. How many: kPhotoUploadPolicy, per account and
// per address, in the server's AttemptLog. What: reencode.h, in the
// server's PhotoLine. The kept photo is on disk before add_photo() returns.
#pragma once

#include <string>
#include <string_view>

#include "core/attempt_log.h"
#include "photos/line.h"
#include "photos/store.h"
#include "sammen/people/actor.h"
#include "sammen/photos/wire.h"

namespace sammen::server::photos {

struct Stores {
  PhotoStore& photos;
  AttemptLog& attempts;
  PhotoLine& line;
};

// Done when `actor` at `address` may send a photo now: kSignInRequired,
// kPasswordChangeRequired, kPhotoTooMany (amount: seconds to wait). Asked
// before an upload's body is read, and again by add_photo().
Status may_upload(Stores& stores, const Actor& actor, const std::string& address, UnixSeconds now);

// `upload` checked, re-encoded and kept: the photo, or may_upload()'s
// problems, reencode()'s, kPhotoBusy or kStorageFailed.
Result<StoredPhoto> add_photo(Stores& stores, const Actor& actor, const std::string& address,
                              std::string_view upload, UnixSeconds now);

}  // namespace sammen::server::photos
