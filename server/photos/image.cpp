#include "photos/image.h"

#include <algorithm>
#include <cstddef>

namespace sammen::server::photos {
namespace {

struct Point {
  int x;
  int y;
};

// The source pixel of the oriented picture's pixel (x, y); the source is w x h.
Point source_of(int orientation, int x, int y, int w, int h) {
  switch (orientation) {
    case 2: return {w - 1 - x, y};          // mirrored left to right
    case 3: return {w - 1 - x, h - 1 - y};  // half a turn
    case 4: return {x, h - 1 - y};          // mirrored top to bottom
    case 5: return {y, x};                  // transposed
    case 6: return {y, h - 1 - x};          // a quarter turn clockwise
    case 7: return {w - 1 - y, h - 1 - x};  // transversed
    case 8: return {w - 1 - y, x};          // a quarter turn anticlockwise
    default: return {x, y};
  }
}

}  // namespace

Image oriented(Image image, int orientation) {
  if (orientation < 2 || orientation > 8) return image;
  const bool swaps = orientation >= 5;
  Image out{swaps ? image.height : image.width, swaps ? image.width : image.height,
            std::vector<std::uint8_t>(image.rgb.size())};
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) {
      const Point from = source_of(orientation, x, y, image.width, image.height);
      const std::size_t at = (static_cast<std::size_t>(from.y) * image.width + from.x) * 3;
      const std::size_t to = (static_cast<std::size_t>(y) * out.width + x) * 3;
      std::copy_n(&image.rgb[at], 3, &out.rgb[to]);
    }
  }
  return out;
}

}  // namespace sammen::server::photos
