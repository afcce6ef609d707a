// Serving the HTML page (--web) and the built client (--client).
#include <fstream>

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

}  // namespace
}  // namespace sammen::testing
