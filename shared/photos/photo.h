// Photo: what Sammen accepts of a picture a resident or staff member sends,
// and what it keeps.
//
// An upload is at most kMaxUploadBytes; its picture (JPEG or PNG, found by
// decoding, never by name or Content-Type) at most kMaxPixels in all and
// kMaxSide on either side, checked from the header before the picture is
// decoded. What is kept is a new JPEG at most kLongSide on its long side,
// without any of the upload's metadata. A photo's id is 32 lower-case hex
// digits (128 random bits), so its address cannot be guessed. Pure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sammen/core/result.h"
#include "sammen/people/attempts.h"

namespace sammen {

inline constexpr std::int64_t kMaxUploadBytes = 8 * 1024 * 1024;
inline constexpr std::int64_t kMaxPixels = 40'000'000;
inline constexpr std::int64_t kMaxSide = 10'000;
inline constexpr int kLongSide = 1600;
inline constexpr int kJpegQuality = 82;
inline constexpr std::size_t kPhotoIdHexDigits = 32;

// Uploads are counted per account and per address, refused or not (each
// costs a decode): 60 in an hour are free, then each makes the next wait
// 2, 4, 8 ... seconds (at most 15 minutes), forgotten after an hour without
// uploads; at most 120 a minute from everyone together.
inline constexpr AttemptPolicy kPhotoUploadPolicy{60, 2, 15 * 60, 60 * 60, 120, "photo"};

// kPhotoTooLarge (amount: the upload's bytes, limit: kMaxUploadBytes) beyond the limit.
Status check_upload_size(std::int64_t bytes);

// kPhotoTooManyPixels (subject "W×H", amount: pixels, limit: kMaxPixels)
// for a picture too large to decode; kPhotoDamaged for one with no pixels.
Status check_dimensions(std::int64_t width, std::int64_t height);

struct Size {
  int width = 0;
  int height = 0;
  friend bool operator==(const Size&, const Size&) = default;
};

// The size a picture of `width` x `height` is kept at: the same when its
// long side is at most kLongSide, otherwise scaled down to kLongSide, the
// short side rounded and at least 1. Needs check_dimensions() first.
Size kept_size(int width, int height);

// True for 32 lower-case hex digits.
bool is_photo_id(std::string_view id);

// "/photos/{id}.jpg": where a photo is served.
std::string photo_path(std::string_view id);

}  // namespace sammen
