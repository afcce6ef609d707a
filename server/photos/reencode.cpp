#include "photos/reencode.h"

#include "photos/jpeg.h"
#include "photos/png.h"
#include "sammen/photos/photo.h"

namespace sammen::server::photos {

Result<Reencoded> reencode(std::string_view upload) {
  if (Status size = check_upload_size(static_cast<std::int64_t>(upload.size())); !size.ok())
    return size.problems();
  Result<Image> image = looks_like_jpeg(upload) ? decode_jpeg(upload)
                        : looks_like_png(upload)
                            ? decode_png(upload)
                            : Result<Image>(Problem{ErrorCode::kPhotoNotAnImage, ""});
  if (!image.ok()) return image.problems();
  std::string jpeg = encode_jpeg(image.value(), kJpegQuality);
  if (jpeg.empty()) return Problem{ErrorCode::kInternal, "jpeg"};
  return Reencoded{std::move(jpeg), image.value().width, image.value().height};
}

}  // namespace sammen::server::photos
