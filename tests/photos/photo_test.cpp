// What Sammen accepts of a picture and keeps (sammen/photos/photo.h), and
// how refusals are said.
#include "sammen/photos/photo.h"

#include <gtest/gtest.h>

#include "sammen/core/error_table.h"
#include "sammen/photos/messages.h"

namespace sammen {
namespace {

TEST(PhotoRules, AnUploadMayBeEightMebibytes) {
  EXPECT_TRUE(check_upload_size(kMaxUploadBytes).ok());
  const Status over = check_upload_size(kMaxUploadBytes + 1);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.first_problem().code, ErrorCode::kPhotoTooLarge);
}

TEST(PhotoRules, APictureMayHaveFortyMegapixelsAndTenThousandOnASide) {
  EXPECT_TRUE(check_dimensions(8000, 5000).ok());
  EXPECT_TRUE(check_dimensions(10'000, 4'000).ok());
  EXPECT_EQ(check_dimensions(10'001, 10).first_problem().code, ErrorCode::kPhotoTooManyPixels);
  EXPECT_EQ(check_dimensions(7000, 6000).first_problem().code, ErrorCode::kPhotoTooManyPixels);
  EXPECT_EQ(check_dimensions(0, 10).first_problem().code, ErrorCode::kPhotoDamaged);
}

// Found by the photo fuzzer: a PNG header may claim 2^32 - 1 on each side.
TEST(PhotoRules, TheLargestClaimedSizeIsRefusedWithoutOverflow) {
  const Status huge = check_dimensions(4'294'967'295, 4'294'967'295);
  ASSERT_FALSE(huge.ok());
  EXPECT_EQ(huge.first_problem().code, ErrorCode::kPhotoTooManyPixels);
  EXPECT_EQ(huge.first_problem().subject, "4294967295\u00d74294967295");
  EXPECT_GT(huge.first_problem().amount, kMaxPixels);
}

TEST(PhotoRules, TheKeptSizeHasTheLongSideAtMost1600) {
  EXPECT_EQ(kept_size(4000, 3000), (Size{1600, 1200}));
  EXPECT_EQ(kept_size(3000, 4000), (Size{1200, 1600}));
  EXPECT_EQ(kept_size(1600, 900), (Size{1600, 900}));
  EXPECT_EQ(kept_size(10'000, 1), (Size{1600, 1}));
  EXPECT_EQ(kept_size(20, 10), (Size{20, 10}));
}

TEST(PhotoRules, AnIdIs32LowerCaseHexDigits) {
  EXPECT_TRUE(is_photo_id("0123456789abcdef0123456789abcdef"));
  EXPECT_FALSE(is_photo_id("0123456789ABCDEF0123456789abcdef"));
  EXPECT_FALSE(is_photo_id("0123456789abcdef"));
  EXPECT_FALSE(is_photo_id("../../etc/passwd"));
  EXPECT_EQ(photo_path("ab"), "/photos/ab.jpg");
}

TEST(PhotoMessages, EveryKeyIsInEveryLanguage) {
  EXPECT_EQ(missing_keys(photo_messages()), std::vector<std::string>{});
}

// The sentences name the limits in words; they must be the limits in force.
TEST(PhotoMessages, TheSentencesNameTheLimitsInForce) {
  EXPECT_EQ(kMaxUploadBytes, 8 * 1024 * 1024);
  EXPECT_EQ(kMaxPixels, 40'000'000);
  EXPECT_EQ(kMaxSide, 10'000);
  const Problem large{ErrorCode::kPhotoTooLarge, "", kMaxUploadBytes + 1, kMaxUploadBytes};
  EXPECT_EQ(sentence(large, Language::kEnglish), "The photo is too large. It can be at most 8 MB.");
  const Problem pixels = check_dimensions(50'000, 50'000).first_problem();
  EXPECT_EQ(sentence(pixels, Language::kNorwegianBokmal),
            "Bildet har 50000\u00d750000 piksler, flere enn Sammen tar imot (høyst 40 "
            "megapiksler og 10 000 piksler på hver side). Gjør det mindre og prøv igjen.");
  EXPECT_EQ(sentence({ErrorCode::kPhotoTooMany, "", 8}, Language::kDanish),
            "Du har sendt mange billeder på kort tid. Prøv igen om 8 sekunder.");
}

TEST(PhotoMessages, WireIdsAndStatusesAreStable) {
  EXPECT_EQ(wire_id(ErrorCode::kPhotoTooLarge), "photo.too_large");
  EXPECT_EQ(http_status(ErrorCode::kPhotoTooLarge), 413);
  EXPECT_EQ(wire_id(ErrorCode::kPhotoNotAnImage), "photo.not_an_image");
  EXPECT_EQ(http_status(ErrorCode::kPhotoNotAnImage), 415);
  EXPECT_EQ(wire_id(ErrorCode::kPhotoTooManyPixels), "photo.too_many_pixels");
  EXPECT_EQ(wire_id(ErrorCode::kPhotoDamaged), "photo.damaged");
  EXPECT_EQ(http_status(ErrorCode::kPhotoTooMany), 429);
  EXPECT_EQ(http_status(ErrorCode::kPhotoBusy), 503);
}

}  // namespace
}  // namespace sammen
