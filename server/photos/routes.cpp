// The routes of the photos feature: decode, call a use case, reply; and
// add_from_form() of the feature's interface to other features.
#include "core/http.h"
#include "photos/feature.h"
#include "photos/photos.h"
#include "photos/upload.h"
#include "sammen/photos/photo.h"

namespace sammen::server::photos {
namespace {

// Room beside the picture for a multipart form's boundaries and text fields.
constexpr std::size_t kFormRoomBytes = 64 * 1024;
constexpr const char* kPhotoField = "photo";

// What the routes hold for as long as the server serves.
struct Routes {
  explicit Routes(const Deps& deps)
      : photos(deps.db, deps.attempts), gate(deps.gate), now(deps.clock) {}
  Photos photos;
  Gate& gate;
  Clock now;

  Result<Actor> actor(const httplib::Request& req) { return gate.actor(req, now()); }
};

}  // namespace

Result<std::optional<StoredPhoto>> Photos::add_from_form(const Actor& actor,
                                                         const httplib::Request& request,
                                                         std::string_view field, UnixSeconds now) {
  const std::optional<std::string_view> file = multipart_file(request, field);
  if (!file) return std::optional<StoredPhoto>();
  Result<StoredPhoto> added = add(actor, request.remote_addr, *file, now);
  if (!added.ok()) return added.problems();
  return std::optional<StoredPhoto>(std::move(added).value());
}

Feature feature() {
  return {"photos", migrations(), install};
}

void install(Router& router, const Deps& deps) {
  const auto routes = std::make_shared<Routes>(deps);
  // Only a signed-in person who may send one now has the body read at all.
  const auto may_send = [routes](const httplib::Request& req, httplib::Response& res) {
    const Status may = as_actor(routes->actor(req), [&](const Actor& a) {
      return may_upload(routes->photos.stores(), a, req.remote_addr, routes->now());
    });
    if (!may.ok()) send_problems(res, may.problems(), recipient_of(req));
    return may.ok();
  };
  router.post_upload(
      "/api/v1/photos", static_cast<std::size_t>(kMaxUploadBytes) + kFormRoomBytes, may_send,
      [routes](const auto& req, auto& res) {
        const Recipient to = recipient_of(req);
        std::string_view upload = req.body;
        if (req.is_multipart_form_data()) {
          const std::optional<std::string_view> file = multipart_file(req, kPhotoField);
          if (!file) return send_problems(res, {{ErrorCode::kMissingField, kPhotoField}}, to);
          upload = *file;
        }
        reply(res, to,
              as_actor(routes->actor(req),
                       [&](const Actor& a) {
                         return routes->photos.add(a, req.remote_addr, upload, routes->now());
                       }),
              201);
      },
      ErrorCode::kPhotoTooLarge);
  router.get(R"(/photos/([0-9a-f]{32})\.jpg)", [routes](const auto& req, auto& res) {
    const Result<std::optional<std::string>> jpeg = routes->photos.store().jpeg(path_id(req));
    if (!jpeg.ok()) return send_problems(res, jpeg.problems(), recipient_of(req));
    if (!jpeg.value()) {
      return send_problems(res, {{ErrorCode::kNotFound, req.path}}, recipient_of(req));
    }
    res.set_header("Cache-Control", "public, max-age=31536000, immutable");
    res.set_content(*jpeg.value(), "image/jpeg");
  });
}

}  // namespace sammen::server::photos
