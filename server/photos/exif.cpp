#include "photos/exif.h"

#include <cstddef>
#include <cstdint>

namespace sammen::server::photos {
namespace {

constexpr std::string_view kExifHeader{"Exif\0\0", 6};
constexpr std::uint16_t kOrientationTag = 0x0112;
constexpr std::uint16_t kShortType = 3;

class Tiff {
 public:
  explicit Tiff(std::string_view bytes) : bytes_(bytes) {}

  // Reads the byte order mark: "II" little-endian, "MM" big-endian.
  void byte_order() {
    const std::string_view mark = bytes_.substr(0, 4);
    if (mark == std::string_view("II*\0", 4)) {
      little_ = true;
    } else if (mark == std::string_view("MM\0*", 4)) {
      little_ = false;
    } else {
      valid_ = false;
    }
  }
  bool valid() const { return valid_; }
  std::uint32_t u16(std::size_t at) { return read(at, 2); }
  std::uint32_t u32(std::size_t at) { return read(at, 4); }

 private:
  std::uint32_t read(std::size_t at, std::size_t n) {
    if (at > bytes_.size() || bytes_.size() - at < n) {
      valid_ = false;
      return 0;
    }
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const auto byte = static_cast<std::uint8_t>(bytes_[at + (little_ ? n - 1 - i : i)]);
      value = (value << 8) | byte;
    }
    return value;
  }

  std::string_view bytes_;
  bool little_ = true;
  bool valid_ = true;
};

}  // namespace

int exif_orientation(std::string_view app1) {
  if (app1.substr(0, kExifHeader.size()) != kExifHeader) return 1;
  Tiff tiff(app1.substr(kExifHeader.size()));
  tiff.byte_order();
  const std::size_t directory = tiff.u32(4);
  const std::uint32_t entries = tiff.u16(directory);
  for (std::uint32_t i = 0; i < entries && tiff.valid(); ++i) {
    const std::size_t entry = directory + 2 + static_cast<std::size_t>(i) * 12;
    if (tiff.u16(entry) != kOrientationTag) continue;
    if (tiff.u16(entry + 2) != kShortType || tiff.u32(entry + 4) != 1) return 1;
    const std::uint32_t orientation = tiff.u16(entry + 8);
    return tiff.valid() && orientation >= 1 && orientation <= 8 ? static_cast<int>(orientation) : 1;
  }
  return 1;
}

}  // namespace sammen::server::photos
