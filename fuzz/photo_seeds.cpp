// Writes the photo fuzzer's first inputs into the folder given: small JPEG
// and PNG files of each kind the codec reads, made with the tests' picture
// maker (tests/photos/images.h), so no binary file is kept in the repository.
#include <fstream>
#include <string>

#include "images.h"

using namespace sammen::testing;

namespace {

void write(const std::string& folder, const std::string& name, const std::string& bytes) {
  std::ofstream(folder + "/" + name, std::ios::binary) << bytes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const std::string folder = argv[1];
  const Paint paint = [](int x, int y) { return halves(x + y, y, 24); };
  write(folder, "seed-plain.jpg", make_jpeg(24, 16, paint));
  write(folder, "seed-exif.jpg", make_jpeg(16, 24, paint, exif_app1(6, true)));
  write(folder, "seed-rgb.png", make_png(24, 16, paint));
  write(folder, "seed-alpha.png", make_png(16, 16, paint, {.alpha = true}));
  write(folder, "seed-grey.png", make_png(16, 8, paint, {.grey = true}));
  write(folder, "seed-interlaced.png", make_png(20, 12, paint, {.interlaced = true}));
  write(folder, "seed-claim.png", png_claiming(50'000, 50'000));
  return 0;
}
