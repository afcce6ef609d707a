// JPEG: the photo codec's reading and writing of JPEG files, on libjpeg-turbo.
//
// decode_jpeg() reads outside bytes: it checks the header's size with
// check_dimensions() before any pixel is decoded, decodes at the smallest
// DCT scale that still covers the kept size (so a 40-megapixel photo is
// decoded at a quarter or an eighth of its size), scales it down row by row
// to the kept size and applies its EXIF orientation. Damaged data (a file
// cut short, corrupt entropy data) is refused as kPhotoDamaged, never
// decoded as grey; libjpeg's memory and its progressive scans are bounded.
// encode_jpeg() writes baseline JPEG with no metadata but the JFIF header.
#pragma once

#include <string>
#include <string_view>

#include "photos/image.h"
#include "sammen/core/result.h"

namespace sammen::server::photos {

// True when `bytes` begin as a JPEG file does (FF D8 FF).
bool looks_like_jpeg(std::string_view bytes);

// The picture of a JPEG file at its kept size (sammen/photos/photo.h), or
// kPhotoTooManyPixels, kPhotoDamaged, kPhotoNotAnImage.
Result<Image> decode_jpeg(std::string_view bytes);

// `image` as a JPEG file of `quality` (1 to 100).
std::string encode_jpeg(const Image& image, int quality);

}  // namespace sammen::server::photos
