// EXIF orientation: the one fact Sammen reads from a photo's metadata.
//
// A camera that was held sideways records the turn (EXIF tag 0x0112 in the
// first image directory) instead of turning the pixels. orientation() finds
// it in the payload of a JPEG's APP1 segment ("Exif\0\0" and a TIFF
// structure, either byte order), reading outside input with every offset
// bounds-checked. Everything else in the metadata (GPS position, camera,
// times) is never read and never kept.
#pragma once

#include <string_view>

namespace sammen::server::photos {

// 1 to 8; 1 (as it stands) when `app1` holds no valid orientation.
int exif_orientation(std::string_view app1);

}  // namespace sammen::server::photos
