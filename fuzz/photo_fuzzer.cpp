// libFuzzer target for the photo codec (scripts/fuzz.sh builds and runs it):
// the upload's kind, its header's size check, JPEG and PNG decoding, EXIF
// orientation, scaling, turning and re-encoding (server/photos/reencode.h).
//
// Whatever the bytes, reencode() must return a photo or a photo.* problem,
// never crash, hang or trip a sanitizer. A photo it returns is a JPEG
// (FF D8 ... FF D9) within the kept size, and reading it again keeps it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "photos/exif.h"
#include "photos/reencode.h"
#include "sammen/photos/photo.h"

using namespace sammen;
using namespace sammen::server::photos;

namespace {

void check(bool condition) {
  if (!condition) std::abort();
}

bool photo_problem(ErrorCode code) {
  return code == ErrorCode::kPhotoTooLarge || code == ErrorCode::kPhotoNotAnImage ||
         code == ErrorCode::kPhotoDamaged || code == ErrorCode::kPhotoTooManyPixels;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const int orientation = exif_orientation(bytes);
  check(orientation >= 1 && orientation <= 8);
  const Result<Reencoded> kept = reencode(bytes);
  if (!kept.ok()) {
    check(photo_problem(kept.first_problem().code));
    return 0;
  }
  const Reencoded& photo = kept.value();
  check(photo.width >= 1 && photo.height >= 1);
  check(photo.width <= kLongSide && photo.height <= kLongSide);
  check(photo.jpeg.size() > 4 && static_cast<unsigned char>(photo.jpeg[0]) == 0xFF &&
        static_cast<unsigned char>(photo.jpeg[1]) == 0xD8);
  const Result<Reencoded> again = reencode(photo.jpeg);
  check(again.ok() && again.value().width == photo.width && again.value().height == photo.height);
  return 0;
}
