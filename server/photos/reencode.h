// Reencode: an upload made into the photo Sammen keeps.
//
// The upload's kind is found from its bytes (JPEG or PNG; a text file named
// .jpg is not a picture); its size is checked before anything is decoded;
// its pixels are decoded, scaled down to at most kLongSide on the long
// side, turned as its EXIF orientation says, and written as a new JPEG
// (quality kJpegQuality). Nothing else of the upload is kept: no EXIF (a
// phone's photo carries where it was taken), no comments, no ICC profile.
// Pure apart from CPU and memory: bytes in, bytes out.
#pragma once

#include <string>
#include <string_view>

#include "sammen/core/result.h"

namespace sammen::server::photos {

struct Reencoded {
  std::string jpeg;
  int width = 0;
  int height = 0;
};

// The kept photo, or kPhotoTooLarge, kPhotoNotAnImage, kPhotoTooManyPixels,
// kPhotoDamaged.
Result<Reencoded> reencode(std::string_view upload);

}  // namespace sammen::server::photos
