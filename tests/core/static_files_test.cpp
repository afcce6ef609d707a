// Serving the HTML page (--web) and the built client (--client).
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "server_fixture.h"

namespace sammen::testing {
namespace {

class StaticFiles : public ServerTest {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_.path() / "web");
    std::filesystem::create_directories(dir_.path() / "client");
    write("web/index.html", "<!doctype html><title>Sammen</title><p>Innbyggerbudsjett – æ ø å</p>");
    write("client/sammen-client.js", "console.log('sammen');");
    write("client/sammen-client.wasm", std::string("\0asm\1\0\0\0", 8));
    write("client/sammen-client.data", "font bytes");
    flags_ = {"--admin-token",  kAdminToken, "--web",
              dir_.file("web"), "--client",  dir_.file("client")};
    start();
  }
  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir_.path() / name, std::ios::binary) << content;
  }
  std::string read(const std::string& name) const {
    std::ifstream in(dir_.path() / name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  // Writes name.gz beside name, as the client build does.
  void gzip(const std::string& name) {
    const std::string command = "gzip -9 -k -f -n '" + dir_.file(name) + "'";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
  }
  // A GET that leaves the body as sent (no automatic gunzip).
  httplib::Result get_raw(const std::string& path, const httplib::Headers& headers) const {
    httplib::Client c = client();
    c.set_decompress(false);
    return c.Get(path, headers);
  }
  // What Chromium sends.
  static httplib::Headers browser() { return {{"Accept-Encoding", "gzip, deflate, br"}}; }
  // Wasm-like bytes that compress well.
  static std::string wasm_bytes() {
    std::string bytes("\0asm\1\0\0\0", 8);
    for (int i = 0; i < 200; ++i) bytes += "sammen wasm code ";
    return bytes;
  }
};

TEST_F(StaticFiles, ServesTheWebPage) {
  const httplib::Result r = get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r->body.find("æ ø å"), std::string::npos);
  EXPECT_EQ(get("/index.html")->status, 200);
  EXPECT_EQ(get("/api/v1/processes")->status, 200) << "the API still answers beside the page";
}

TEST_F(StaticFiles, ServesTheClientWithWasmMimeTypeAndNoCache) {
  const httplib::Result wasm = get("/client/sammen-client.wasm");
  ASSERT_TRUE(wasm);
  EXPECT_EQ(wasm->status, 200);
  EXPECT_EQ(wasm->get_header_value("Content-Type"), "application/wasm");
  EXPECT_EQ(wasm->get_header_value("Cache-Control"), "no-cache");
  EXPECT_EQ(wasm->body.size(), 8u);
  EXPECT_EQ(get("/client/sammen-client.js")->get_header_value("Content-Type"),
            "text/javascript; charset=utf-8");
  EXPECT_EQ(get("/client/sammen-client.data")->get_header_value("Content-Type"),
            "application/octet-stream");
  EXPECT_EQ(get("/client/missing.js")->status, 404);
}

TEST_F(StaticFiles, DoesNotServeFilesOutsideTheFolders) {
  write("secret.txt", "secret");
  const httplib::Result r = get("/../secret.txt");
  ASSERT_TRUE(r);
  EXPECT_NE(r->status, 200);
  EXPECT_EQ(get("/client/../secret.txt")->status, 404);
}

TEST_F(StaticFiles, ServesThePrecompressedFileWhenGzipIsAccepted) {
  write("client/sammen-client.wasm", wasm_bytes());
  gzip("client/sammen-client.wasm");
  const std::string gz = read("client/sammen-client.wasm.gz");
  ASSERT_LT(gz.size(), wasm_bytes().size());

  const httplib::Result wasm = get_raw("/client/sammen-client.wasm", browser());
  ASSERT_TRUE(wasm);
  EXPECT_EQ(wasm->status, 200);
  EXPECT_EQ(wasm->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(wasm->get_header_value("Content-Type"), "application/wasm")
      << "the original's type, so browsers can stream-compile it";
  EXPECT_EQ(wasm->get_header_value("Cache-Control"), "no-cache");
  EXPECT_EQ(wasm->get_header_value("Vary"), "Accept-Encoding");
  EXPECT_EQ(wasm->get_header_value("Content-Length"), std::to_string(gz.size()));
  EXPECT_EQ(wasm->body, gz);

  // httplib compresses text itself; a precompressed .js must not be gzipped twice.
  gzip("client/sammen-client.js");
  const httplib::Result js = get_raw("/client/sammen-client.js", browser());
  ASSERT_TRUE(js);
  EXPECT_EQ(js->get_header_value_count("Content-Encoding"), 1u);
  EXPECT_EQ(js->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(js->body, read("client/sammen-client.js.gz"));

  // The web mount too, index.html included; and a client that unzips gets the original.
  gzip("web/index.html");
  const httplib::Result page = get_raw("/", {{"Accept-Encoding", "GZip;q=0.5"}});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(page->body, read("web/index.html.gz"));
  const httplib::Result unzipped = get("/client/sammen-client.wasm", {{"Accept-Encoding", "gzip"}});
  ASSERT_TRUE(unzipped);
  EXPECT_EQ(unzipped->body, wasm_bytes());

  const httplib::Result head = client().Head("/client/sammen-client.wasm", browser());
  ASSERT_TRUE(head);
  EXPECT_EQ(head->get_header_value("Content-Length"), std::to_string(gz.size()));
}

TEST_F(StaticFiles, ServesTheOriginalWithoutAcceptEncoding) {
  write("client/sammen-client.wasm", wasm_bytes());
  gzip("client/sammen-client.wasm");
  for (const httplib::Headers& headers :
       {httplib::Headers{}, httplib::Headers{{"Accept-Encoding", "identity"}},
        httplib::Headers{{"Accept-Encoding", "br"}}}) {
    const httplib::Result r = get_raw("/client/sammen-client.wasm", headers);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_FALSE(r->has_header("Content-Encoding"));
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/wasm");
    EXPECT_EQ(r->get_header_value("Cache-Control"), "no-cache");
    EXPECT_EQ(r->body, wasm_bytes());
  }
}

TEST_F(StaticFiles, IgnoresAGzipSiblingOlderThanTheOriginal) {
  write("client/sammen-client.wasm", wasm_bytes());
  gzip("client/sammen-client.wasm");
  // A rebuild without a fresh .gz: the new original is newer than its sibling.
  const std::string rebuilt = wasm_bytes() + "new code";
  write("client/sammen-client.wasm", rebuilt);
  const auto gz_time = std::filesystem::last_write_time(dir_.path() / "client/sammen-client.wasm.gz");
  std::filesystem::last_write_time(dir_.path() / "client/sammen-client.wasm",
                                   gz_time + std::chrono::hours(1));

  const httplib::Result r = get_raw("/client/sammen-client.wasm", browser());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_FALSE(r->has_header("Content-Encoding"));
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/wasm");
  EXPECT_EQ(r->body, rebuilt);
}

TEST_F(StaticFiles, RefusesGzipWithQZero) {
  write("client/sammen-client.wasm", wasm_bytes());
  gzip("client/sammen-client.wasm");
  for (const char* accept : {"gzip;q=0", "identity, gzip; q=0.0", "*, gzip;q=0", "*;q=0"}) {
    const httplib::Result r = get_raw("/client/sammen-client.wasm", {{"Accept-Encoding", accept}});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << accept;
    EXPECT_FALSE(r->has_header("Content-Encoding")) << accept;
    EXPECT_EQ(r->body, wasm_bytes()) << accept;
  }
  const httplib::Result any = get_raw("/client/sammen-client.wasm", {{"Accept-Encoding", "*"}});
  ASSERT_TRUE(any);
  EXPECT_EQ(any->get_header_value("Content-Encoding"), "gzip") << "* covers gzip";
}

TEST_F(StaticFiles, DoesNotServeGzipSiblingsOutsideTheFolders) {
  write("secret.txt", "secret");
  gzip("secret.txt");
  for (const char* path : {"/../secret.txt", "/client/../secret.txt", "/client/../../secret.txt"}) {
    const httplib::Result r = get_raw(path, browser());
    ASSERT_TRUE(r);
    EXPECT_NE(r->status, 200) << path;
    EXPECT_EQ(r->body.find(read("secret.txt.gz")), std::string::npos) << path;
  }
}

}  // namespace
}  // namespace sammen::testing
