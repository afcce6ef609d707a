// The photo codec: what comes out of an upload, and what is refused.
#include "photos/reencode.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "images.h"
#include "photos/exif.h"
#include "photos/image.h"
#include "sammen/photos/photo.h"

namespace sammen::server::photos {
namespace {

using testing::exif_app1;
using testing::make_jpeg;
using testing::make_png;
using testing::read_jpeg;
using testing::ReadJpeg;
using testing::Rgb;

testing::Paint halves_of(int width) {
  return [width](int x, int y) { return testing::halves(x, y, width); };
}

bool reddish(Rgb c) {
  return c.r > 200 && c.g < 60 && c.b < 60;
}
bool bluish(Rgb c) {
  return c.b > 200 && c.r < 60 && c.g < 60;
}

ErrorCode refusal(const std::string& upload) {
  const Result<Reencoded> r = reencode(upload);
  return r.ok() ? ErrorCode::kInternal : r.first_problem().code;
}

TEST(Reencode, APngComesBackAsAJpegScaledToTheLongSide) {
  const Result<Reencoded> kept = reencode(make_png(3200, 1000, halves_of(3200)));
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept.value().width, 1600);
  EXPECT_EQ(kept.value().height, 500);
  const ReadJpeg jpeg = read_jpeg(kept.value().jpeg);
  ASSERT_TRUE(jpeg.ok);
  EXPECT_EQ(jpeg.width, 1600);
  EXPECT_EQ(jpeg.height, 500);
  EXPECT_TRUE(reddish(jpeg.at(10, 250)));
  EXPECT_TRUE(bluish(jpeg.at(1590, 250)));
}

TEST(Reencode, AJpegComesBackScaledAndASmallOneKeepsItsSize) {
  const Result<Reencoded> big = reencode(make_jpeg(2400, 3000, halves_of(2400)));
  ASSERT_TRUE(big.ok());
  EXPECT_EQ(read_jpeg(big.value().jpeg).width, 1280);
  EXPECT_EQ(read_jpeg(big.value().jpeg).height, 1600);
  const Result<Reencoded> small = reencode(make_jpeg(640, 480, halves_of(640)));
  ASSERT_TRUE(small.ok());
  EXPECT_EQ(small.value().width, 640);
  EXPECT_EQ(small.value().height, 480);
}

TEST(Reencode, TheGpsPositionAndAllOtherMetadataAreGone) {
  const std::string app1 = exif_app1(1, /*gps=*/true);
  const std::string upload = make_jpeg(800, 600, halves_of(800), app1);
  ASSERT_TRUE(read_jpeg(upload).has_app1) << "the test's upload carries EXIF";
  const Result<Reencoded> kept = reencode(upload);
  ASSERT_TRUE(kept.ok());
  EXPECT_FALSE(read_jpeg(kept.value().jpeg).has_app1);
  EXPECT_EQ(kept.value().jpeg.find("Exif"), std::string::npos);
  EXPECT_EQ(kept.value().jpeg.find(app1.substr(6)), std::string::npos);
}

TEST(Reencode, APhotoTakenSidewaysIsTurnedAsItsExifSays) {
  // Stored 400 x 200, left half red; orientation 6: turn a quarter clockwise.
  const Result<Reencoded> kept = reencode(make_jpeg(400, 200, halves_of(400), exif_app1(6, false)));
  ASSERT_TRUE(kept.ok());
  const ReadJpeg jpeg = read_jpeg(kept.value().jpeg);
  EXPECT_EQ(jpeg.width, 200);
  EXPECT_EQ(jpeg.height, 400);
  EXPECT_TRUE(reddish(jpeg.at(100, 20))) << "the left half is now the top";
  EXPECT_TRUE(bluish(jpeg.at(100, 380)));
}

TEST(Reencode, TransparentPixelsAreLaidOnWhite) {
  const Result<Reencoded> kept = reencode(make_png(100, 50, halves_of(100), {.alpha = true}));
  ASSERT_TRUE(kept.ok());
  const Rgb right = read_jpeg(kept.value().jpeg).at(90, 25);
  EXPECT_GT(right.r, 240);
  EXPECT_GT(right.g, 240);
  EXPECT_GT(right.b, 240);
}

TEST(Reencode, GreyAndInterlacedPngsAreRead) {
  const Result<Reencoded> grey = reencode(make_png(300, 200, halves_of(300), {.grey = true}));
  ASSERT_TRUE(grey.ok());
  EXPECT_EQ(grey.value().width, 300);
  const Result<Reencoded> interlaced =
      reencode(make_png(2000, 100, halves_of(2000), {.interlaced = true}));
  ASSERT_TRUE(interlaced.ok());
  EXPECT_EQ(interlaced.value().width, 1600);
  EXPECT_EQ(interlaced.value().height, 80);
  EXPECT_TRUE(reddish(read_jpeg(interlaced.value().jpeg).at(5, 40)));
}

TEST(Reencode, ATextFileIsNotAnImage) {
  EXPECT_EQ(refusal("This is not a photo, whatever its name says.\n"), ErrorCode::kPhotoNotAnImage);
  EXPECT_EQ(refusal(""), ErrorCode::kPhotoNotAnImage);
  EXPECT_EQ(refusal("GIF89a\x01\x00\x01\x00"), ErrorCode::kPhotoNotAnImage);
}

TEST(Reencode, ATruncatedJpegIsRefusedAsDamaged) {
  const std::string whole = make_jpeg(640, 480, halves_of(640));
  EXPECT_EQ(refusal(whole.substr(0, whole.size() / 2)), ErrorCode::kPhotoDamaged);
  EXPECT_EQ(refusal(whole.substr(0, whole.size() - 2)), ErrorCode::kPhotoDamaged)
      << "only the end marker missing";
  EXPECT_EQ(refusal(whole.substr(0, 40)), ErrorCode::kPhotoDamaged);
}

TEST(Reencode, ATruncatedPngIsRefusedAsDamaged) {
  const std::string whole = make_png(640, 480, halves_of(640));
  EXPECT_EQ(refusal(whole.substr(0, whole.size() / 2)), ErrorCode::kPhotoDamaged);
  EXPECT_EQ(refusal(whole.substr(0, 20)), ErrorCode::kPhotoDamaged);
}

TEST(Reencode, AnUploadOverTheLimitIsRefusedBeforeItIsRead) {
  std::string upload = make_png(10, 10, halves_of(10));
  upload.resize(kMaxUploadBytes + 1, '\0');
  const Result<Reencoded> r = reencode(upload);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.first_problem().code, ErrorCode::kPhotoTooLarge);
  EXPECT_EQ(r.first_problem().limit, kMaxUploadBytes);
}

// In a child whose address space is capped at 256 MiB more than it uses
// now: allocating the claimed 50,000 x 50,000 pixels (10 GB) would fail.
TEST(Reencode, APngClaiming50000By50000IsRefusedWithoutAllocatingIt) {
  const std::string claim = testing::png_claiming(50'000, 50'000);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    rlimit limit{};
    getrlimit(RLIMIT_AS, &limit);
    long pages = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
      if (std::fscanf(f, "%ld", &pages) != 1) pages = 0;
      std::fclose(f);
    }
    limit.rlim_cur = static_cast<rlim_t>(pages) * sysconf(_SC_PAGESIZE) + (256L << 20);
    setrlimit(RLIMIT_AS, &limit);
    const Result<Reencoded> r = reencode(claim);
    _exit(!r.ok() && r.first_problem().code == ErrorCode::kPhotoTooManyPixels &&
                  r.first_problem().subject == "50000\u00d750000"
              ? 0
              : 1);
  }
  int status = 0;
  waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
}

TEST(Reencode, AJpegOverTheSideLimitIsRefusedFromItsHeader) {
  // 10,001 x 8 pixels: few pixels, but one side over the limit.
  EXPECT_EQ(refusal(make_jpeg(10'001, 8, halves_of(10'001))), ErrorCode::kPhotoTooManyPixels);
  EXPECT_EQ(refusal(testing::png_claiming(8, 10'001)), ErrorCode::kPhotoTooManyPixels);
}

TEST(ExifOrientation, IsOneForAnythingButAValidOrientation) {
  EXPECT_EQ(exif_orientation(exif_app1(6, true)), 6);
  EXPECT_EQ(exif_orientation(exif_app1(9, false)), 1);
  EXPECT_EQ(exif_orientation(exif_app1(0, false)), 1);
  EXPECT_EQ(exif_orientation(""), 1);
  EXPECT_EQ(exif_orientation(std::string("Exif\0\0MM\0*\xff\xff\xff\xff", 14)), 1);
  // Cut anywhere before the end of the orientation's value (6 + 8 + 2 + 10 bytes): 1.
  const std::string whole = exif_app1(6, false);
  for (std::size_t n = 0; n < whole.size(); ++n)
    EXPECT_EQ(exif_orientation(whole.substr(0, n)), n < 26 ? 1 : 6) << n;
}

TEST(Oriented, EveryOrientationPutsTheTopLeftPixelWhereExifSays) {
  Image image{2, 1, {1, 1, 1, 2, 2, 2}};  // pixel 1 left of pixel 2
  EXPECT_EQ(oriented(image, 1).rgb, image.rgb);
  EXPECT_EQ(oriented(image, 2).rgb, (std::vector<std::uint8_t>{2, 2, 2, 1, 1, 1}));
  const Image turned = oriented(image, 6);
  EXPECT_EQ(turned.width, 1);
  EXPECT_EQ(turned.height, 2);
  EXPECT_EQ(turned.rgb, (std::vector<std::uint8_t>{1, 1, 1, 2, 2, 2}));
  EXPECT_EQ(oriented(image, 8).rgb, (std::vector<std::uint8_t>{2, 2, 2, 1, 1, 1}));
}

}  // namespace
}  // namespace sammen::server::photos
