#include "photos/use_cases.h"

#include "core/secrets.h"
#include "photos/reencode.h"
#include "sammen/photos/photo.h"

namespace sammen::server::photos {
namespace {

std::string account_key(const Actor& actor) {
  return "photo account " + std::to_string(actor.person_id) + " " + actor.name;
}

std::string address_key(const std::string& address) {
  return "photo address " + address;
}

}  // namespace

Status may_upload(Stores& stores, const Actor& actor, const std::string& address, UnixSeconds now) {
  if (!signed_in(actor)) return Problem{ErrorCode::kSignInRequired, ""};
  if (actor.must_change_password) return Problem{ErrorCode::kPasswordChangeRequired, ""};
  const Status may =
      stores.attempts.may_try({account_key(actor), address_key(address)}, kPhotoUploadPolicy, now);
  if (!may.ok()) return Problem{ErrorCode::kPhotoTooMany, "", may.first_problem().amount};
  return Done{};
}

Result<StoredPhoto> add_photo(Stores& stores, const Actor& actor, const std::string& address,
                              std::string_view upload, UnixSeconds now) {
  if (Status may = may_upload(stores, actor, address, now); !may.ok()) return may.problems();
  stores.attempts.failed({account_key(actor), address_key(address)}, kPhotoUploadPolicy, now);
  std::optional<Result<Reencoded>> made;
  if (Status ran = stores.line.run([&] { made.emplace(reencode(upload)); }); !ran.ok())
    return ran.problems();
  if (!made->ok()) return made->problems();
  const Reencoded& kept = made->value();
  const StoredPhoto photo{auth::random_token(kPhotoIdHexDigits / 2), kept.width, kept.height,
                          static_cast<std::int64_t>(kept.jpeg.size())};
  const std::optional<PersonId> by =
      actor.person_id != 0 ? std::optional<PersonId>(actor.person_id) : std::nullopt;
  if (Status added = stores.photos.add(photo, kept.jpeg, by, now); !added.ok())
    return added.problems();
  return photo;
}

}  // namespace sammen::server::photos
