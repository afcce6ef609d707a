// Keeping photos through the use cases and the Photos interface other
// features call, on a real SQLite file; and what a failing store leaves.
#include "photos/use_cases.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "images.h"
#include "photos/photos.h"
#include "photos/upload.h"
#include "sammen/photos/photo.h"
#include "test_database.h"

namespace sammen::server::photos {
namespace {

using testing::person_with;
using testing::TestDatabase;

constexpr UnixSeconds kNow = testing::kSeedTime;

std::string small_png() {
  return testing::make_png(40, 30, [](int x, int y) { return testing::halves(x, y, 40); });
}

TEST(AddPhoto, KeepsThePhotoDurablyUnderARandomId) {
  TestDatabase t;
  Photos photos(t.db(), t.attempts());
  const Result<StoredPhoto> added =
      photos.add(person_with({Role::kResident}), "192.0.2.1", small_png(), kNow);
  ASSERT_TRUE(added.ok());
  EXPECT_TRUE(is_photo_id(added.value().id));
  EXPECT_EQ(added.value().width, 40);
  t.reopen();
  Photos again(t.db(), t.attempts());
  EXPECT_TRUE(again.exists(added.value().id).value());
  const Result<std::optional<std::string>> jpeg = again.store().jpeg(added.value().id);
  ASSERT_TRUE(jpeg.ok() && jpeg.value());
  EXPECT_EQ(static_cast<std::int64_t>(jpeg.value()->size()), added.value().bytes);
  EXPECT_EQ(testing::read_jpeg(*jpeg.value()).width, 40);
}

TEST(AddPhoto, TwoUploadsOfTheSamePictureGetDifferentIds) {
  TestDatabase t;
  Photos photos(t.db(), t.attempts());
  const Actor kari = person_with({Role::kResident});
  EXPECT_NE(photos.add(kari, "192.0.2.1", small_png(), kNow).value().id,
            photos.add(kari, "192.0.2.1", small_png(), kNow).value().id);
}

TEST(PhotoExists, IsFalseForUnknownIdsAndForAnythingNotAnId) {
  TestDatabase t;
  Photos photos(t.db(), t.attempts());
  EXPECT_FALSE(photos.exists("0123456789abcdef0123456789abcdef").value());
  EXPECT_FALSE(photos.exists("' OR 1=1 --").value());
  EXPECT_FALSE(photos.exists("").value());
  EXPECT_EQ(photos.require("0123456789abcdef0123456789abcdef").first_problem().code,
            ErrorCode::kPhotoUnknown);
}

TEST(PhotoRequire, IsDoneForAKeptPhoto) {
  TestDatabase t;
  Photos photos(t.db(), t.attempts());
  const Result<StoredPhoto> added =
      photos.add(person_with({Role::kResident}), "192.0.2.1", small_png(), kNow);
  ASSERT_TRUE(added.ok());
  EXPECT_TRUE(photos.require(added.value().id).ok());
}

TEST(AddPhoto, NobodySignedInMayAddOne) {
  TestDatabase t;
  Photos photos(t.db(), t.attempts());
  const Result<StoredPhoto> r = photos.add(nobody(), "192.0.2.1", small_png(), kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.first_problem().code, ErrorCode::kSignInRequired);
}

TEST(AddPhoto, ManyUploadsFromOneAccountAreSlowedDown) {
  TestDatabase t;
  Photos photos(t.db(), t.attempts());
  const Actor kari = person_with({Role::kResident});
  for (int i = 0; i <= kPhotoUploadPolicy.free_failures; ++i) {
    ASSERT_TRUE(photos.add(kari, "192.0.2." + std::to_string(i % 250), "not a photo", kNow)
                    .first_problem()
                    .code == ErrorCode::kPhotoNotAnImage)
        << "refused uploads count too: upload " << i;
  }
  const Result<StoredPhoto> r = photos.add(kari, "198.51.100.7", small_png(), kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.first_problem().code, ErrorCode::kPhotoTooMany);
  EXPECT_EQ(r.first_problem().amount, kPhotoUploadPolicy.first_wait);
  EXPECT_TRUE(
      photos.add(person_with({Role::kResident}, 901), "198.51.100.8", small_png(), kNow).ok())
      << "another account from another address is not held up";
}

TEST(AddPhoto, AFailingStoreKeepsNothingAndSaysSo) {
  TestDatabase t;
  Photos photos(t.db(), t.attempts());
  const std::string before = t.dump();
  t.db().fail({.commits = true});
  const Result<StoredPhoto> r =
      photos.add(person_with({Role::kResident}), "192.0.2.1", small_png(), kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.first_problem().code, ErrorCode::kStorageFailed);
  t.db().fail({});
  EXPECT_EQ(t.dump(), before);
}

TEST(PhotoLine, RefusesOneMoreThanTheLineHoldsWithoutRunningIt) {
  PhotoLine line(/*waiting=*/0);
  std::atomic<bool> started = false;
  std::atomic<bool> release = false;
  std::thread first([&] {
    const Status ran = line.run([&] {
      started = true;
      while (!release) std::this_thread::yield();
    });
    EXPECT_TRUE(ran.ok());
  });
  while (!started) std::this_thread::yield();
  bool ran_second = false;
  const Status second = line.run([&] { ran_second = true; });
  release = true;
  first.join();
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.first_problem().code, ErrorCode::kPhotoBusy);
  EXPECT_EQ(second.first_problem().amount, kPhotoBusySeconds);
  EXPECT_FALSE(ran_second);
}

TEST(AddFromForm, GivesNoneWhenTheResidentChoseNoFile) {
  TestDatabase t;
  Photos photos(t.db(), t.attempts());
  httplib::Request form;
  form.files.emplace("photo",
                     httplib::MultipartFormData{"photo", "", "", "application/octet-stream"});
  const Result<std::optional<StoredPhoto>> none =
      photos.add_from_form(person_with({Role::kResident}), form, "photo", kNow);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none.value());
  form.files.clear();
  form.files.emplace("photo",
                     httplib::MultipartFormData{"photo", small_png(), "a.png", "image/png"});
  const Result<std::optional<StoredPhoto>> one =
      photos.add_from_form(person_with({Role::kResident}), form, "photo", kNow);
  ASSERT_TRUE(one.ok() && one.value());
  EXPECT_TRUE(photos.exists(one.value()->id).value());
}

TEST(MultipartForm, GivesTheTextFieldsUnderTheFormLimits) {
  httplib::Request form;
  form.files.emplace("csrf", httplib::MultipartFormData{"csrf", "abc", "", ""});
  form.files.emplace("title", httplib::MultipartFormData{"title", "Gapahuk ved vannet", "", ""});
  form.files.emplace("photo",
                     httplib::MultipartFormData{"photo", "\xff\xd8\xff", "a.jpg", "image/jpeg"});
  const Result<Form> fields = multipart_form(form);
  ASSERT_TRUE(fields.ok());
  EXPECT_EQ(fields.value().value("title"), "Gapahuk ved vannet");
  EXPECT_EQ(fields.value().value("csrf"), "abc");
  EXPECT_FALSE(fields.value().has("photo")) << "a file is not a text field";
  form.files.emplace("bad", httplib::MultipartFormData{"bad", "\xc3\x28", "", ""});
  EXPECT_EQ(multipart_form(form).first_problem().code, ErrorCode::kBadRequest);
  httplib::Request big;
  big.files.emplace("text", httplib::MultipartFormData{"text", std::string(2000, 'a'), "", ""});
  EXPECT_FALSE(multipart_form(big).ok());
  EXPECT_TRUE(multipart_form(big, {.max_value_bytes = 4096}).ok());
}

}  // namespace
}  // namespace sammen::server::photos
