#include "sammen/photos/photo.h"

#include <algorithm>

namespace sammen {

Status check_upload_size(std::int64_t bytes) {
  if (bytes > kMaxUploadBytes)
    return Problem{ErrorCode::kPhotoTooLarge, "", bytes, kMaxUploadBytes};
  return Done{};
}

Status check_dimensions(std::int64_t width, std::int64_t height) {
  if (width <= 0 || height <= 0) return Problem{ErrorCode::kPhotoDamaged, ""};
  if (width > kMaxSide || height > kMaxSide || width * height > kMaxPixels) {
    // A header may claim up to 2^32 - 1 on a side: the count saturates, never overflows.
    constexpr std::int64_t kSide = std::int64_t{1} << 31;
    const std::int64_t pixels = std::min(width, kSide) * std::min(height, kSide);
    return Problem{ErrorCode::kPhotoTooManyPixels,
                   std::to_string(width) + "\u00d7" + std::to_string(height), pixels, kMaxPixels};
  }
  return Done{};
}

Size kept_size(int width, int height) {
  const int long_side = width > height ? width : height;
  if (long_side <= kLongSide) return {width, height};
  const auto scaled = [&](int side) {
    const std::int64_t rounded =
        (static_cast<std::int64_t>(side) * kLongSide + long_side / 2) / long_side;
    return rounded < 1 ? 1 : static_cast<int>(rounded);
  };
  return width >= height ? Size{kLongSide, scaled(height)} : Size{scaled(width), kLongSide};
}

bool is_photo_id(std::string_view id) {
  if (id.size() != kPhotoIdHexDigits) return false;
  for (const char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string photo_path(std::string_view id) {
  return "/photos/" + std::string(id) + ".jpg";
}

}  // namespace sammen
