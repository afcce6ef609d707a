// Image: a picture's pixels as the photo codecs pass them on, 8-bit RGB,
// rows top to bottom, no padding (rgb.size() == width * height * 3).
//
// oriented() applies an EXIF orientation (1 to 8: the mirrorings and
// quarter turns a camera records instead of turning the pixels), so the
// kept photo stands the way it was taken and needs no metadata to say so.
#pragma once

#include <cstdint>
#include <vector>

namespace sammen::server::photos {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgb;
};

// `image` turned and mirrored as EXIF `orientation` says; the same image for
// 1 or a value outside 1 to 8. Orientations 5 to 8 swap width and height.
Image oriented(Image image, int orientation);

}  // namespace sammen::server::photos
