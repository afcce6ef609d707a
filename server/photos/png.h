// PNG: the photo codec's reading of PNG files, on libpng.
//
// decode_png() reads outside bytes: it reads the size from the IHDR chunk
// and checks it with check_dimensions() before libpng allocates anything
// for the picture (a file that claims 50,000 x 50,000 pixels costs nothing),
// bounds what libpng keeps of ancillary chunks, decodes row by row into the
// kept size (interlaced files, rare for photos, are held whole), and lays
// transparent pixels on white. Any damage (a file cut short, a bad
// checksum in a critical chunk) is refused as kPhotoDamaged.
#pragma once

#include <string_view>

#include "photos/image.h"
#include "sammen/core/result.h"

namespace sammen::server::photos {

// True when `bytes` begin with the PNG signature.
bool looks_like_png(std::string_view bytes);

// The picture of a PNG file at its kept size (sammen/photos/photo.h), or
// kPhotoTooManyPixels, kPhotoDamaged, kPhotoNotAnImage.
Result<Image> decode_png(std::string_view bytes);

}  // namespace sammen::server::photos
