// Photos through the real server over loopback: uploads as a signed-in
// resident (raw bytes and the HTML path's multipart form), refusals with
// their codes, and the kept JPEG served back.
#include "images.h"
#include "sammen/photos/photo.h"
#include "server_fixture.h"

namespace sammen::testing {
namespace {

constexpr const char* kPhotos = "/api/v1/photos";
constexpr const char* kPassword = "correct horse battery";

class PhotosApi : public ServerTest {
 protected:
  Session resident() {
    if (kari_.cookie.empty()) {
      sign_up("Kari Nordmann", "kari@example.no", kPassword);
      kari_ = sign_in("kari@example.no", kPassword);
    }
    return kari_;
  }
  httplib::Result upload(const std::string& bytes, const char* type = "image/png") {
    return client().Post(kPhotos, resident().headers(), bytes, type);
  }
  httplib::Result upload_form(const std::string& bytes, const std::string& filename,
                              const std::string& type) {
    const httplib::MultipartFormDataItems items = {{"photo", bytes, filename, type}};
    return client().Post(std::string(kPhotos) + "?lang=en", resident().headers(), items);
  }
  static std::string png(int width, int height) {
    return make_png(width, height, [width](int x, int y) { return halves(x, y, width); });
  }
  static std::string jpeg(int width, int height, const std::string& app1 = "") {
    return make_jpeg(
        width, height, [width](int x, int y) { return halves(x, y, width); }, app1);
  }

  Session kari_;
};

TEST_F(PhotosApi, APngIsKeptAndServedAsAJpegAtTheKeptSize) {
  const httplib::Result r = upload(png(2400, 1200));
  ASSERT_EQ(r->status, 201) << r->body;
  const Json photo = body(r);
  EXPECT_EQ(photo["version"], 1);
  EXPECT_EQ(photo["width"], 1600);
  EXPECT_EQ(photo["height"], 800);
  const std::string id = photo["id"];
  EXPECT_TRUE(is_photo_id(id));
  EXPECT_EQ(photo["url"], "/photos/" + id + ".jpg");
  const httplib::Result served = get(photo["url"]);
  ASSERT_EQ(served->status, 200);
  EXPECT_EQ(served->get_header_value("Content-Type"), "image/jpeg");
  EXPECT_EQ(served->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_NE(served->get_header_value("Cache-Control").find("max-age=31536000"), std::string::npos);
  EXPECT_EQ(static_cast<std::int64_t>(served->body.size()), photo["bytes"].get<std::int64_t>());
  const ReadJpeg kept = read_jpeg(served->body);
  ASSERT_TRUE(kept.ok);
  EXPECT_EQ(kept.width, 1600);
  EXPECT_EQ(kept.height, 800);
}

TEST_F(PhotosApi, AJpegFromAFormIsKeptWithoutItsGpsPosition) {
  const httplib::Result r =
      upload_form(jpeg(1000, 750, exif_app1(1, true)), "IMG_0042.JPG", "image/jpeg");
  ASSERT_EQ(r->status, 201) << r->body;
  const httplib::Result served = get(body(r)["url"]);
  ASSERT_EQ(served->status, 200);
  const ReadJpeg kept = read_jpeg(served->body);
  EXPECT_EQ(kept.width, 1000);
  EXPECT_FALSE(kept.has_app1);
  EXPECT_EQ(served->body.find("Exif"), std::string::npos);
}

TEST_F(PhotosApi, ATextFileNamedJpgIsNotAnImage) {
  const httplib::Result r = upload_form("Dette er ikke et bilde.\n", "bilde.jpg", "image/jpeg");
  EXPECT_EQ(r->status, 415);
  EXPECT_EQ(error_code(r), "photo.not_an_image");
  EXPECT_EQ(body(r)["error"]["message"],
            "This file is not a picture Sammen can read. Choose a JPEG or PNG picture.");
}

TEST_F(PhotosApi, ATruncatedJpegIsRefusedAsDamaged) {
  const std::string whole = jpeg(800, 600);
  const httplib::Result r = upload(whole.substr(0, whole.size() * 2 / 3), "image/jpeg");
  EXPECT_EQ(r->status, 422);
  EXPECT_EQ(error_code(r), "photo.damaged");
}

TEST_F(PhotosApi, APngClaiming50000By50000PixelsIsRefused) {
  const httplib::Result r = upload(png_claiming(50'000, 50'000));
  EXPECT_EQ(r->status, 422);
  EXPECT_EQ(error_code(r), "photo.too_many_pixels");
  EXPECT_EQ(get("/api/v1/processes")->status, 200) << "the server is still up";
}

TEST_F(PhotosApi, AnUploadOverEightMebibytesIsRefusedAsTooLarge) {
  std::string just_over = png(16, 16);
  just_over.resize(kMaxUploadBytes + 1, 'x');
  const httplib::Result r = upload(just_over);
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(error_code(r), "photo.too_large");
  const httplib::Result far_over = upload(std::string(12 * 1024 * 1024, 'x'));
  EXPECT_EQ(far_over->status, 413);
  EXPECT_EQ(error_code(far_over), "photo.too_large");
}

TEST_F(PhotosApi, NobodySignedInMayUpload) {
  const httplib::Result r = client().Post(kPhotos, png(20, 20), "image/png");
  EXPECT_EQ(r->status, 401);
  EXPECT_EQ(error_code(r), "auth.sign_in_required");
}

TEST_F(PhotosApi, AnUploadOnASessionWithoutItsCsrfTokenIsRefused) {
  const httplib::Result r =
      client().Post(kPhotos, resident().cookie_only(), png(20, 20), "image/png");
  EXPECT_EQ(r->status, 403);
  EXPECT_EQ(error_code(r), "auth.csrf_failed");
}

TEST_F(PhotosApi, AFormWithoutAPhotoFieldNamesIt) {
  const httplib::MultipartFormDataItems items = {{"picture", png(20, 20), "a.png", "image/png"}};
  const httplib::Result r = client().Post(kPhotos, resident().headers(), items);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(error_code(r), "request.missing_field");
}

TEST_F(PhotosApi, AnUnknownPhotoIsNotFound) {
  EXPECT_EQ(get("/photos/0123456789abcdef0123456789abcdef.jpg")->status, 404);
  EXPECT_EQ(get("/photos/..%2F..%2Fsammen.sqlite")->status, 404);
  EXPECT_EQ(get("/photos/0123456789ABCDEF0123456789abcdef.jpg")->status, 404);
}

TEST_F(PhotosApi, AKeptPhotoIsThereAfterARestart) {
  const httplib::Result r = upload(png(64, 48));
  ASSERT_EQ(r->status, 201);
  restart();
  const httplib::Result served = get(body(r)["url"]);
  ASSERT_EQ(served->status, 200);
  EXPECT_EQ(read_jpeg(served->body).width, 64);
}

}  // namespace
}  // namespace sammen::testing
