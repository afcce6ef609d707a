#include "static_files.h"

#include <cstdio>

namespace sammen::server {

bool mount_static_files(httplib::Server& server, const std::string& web_dir,
                        const std::string& client_dir) {
  const std::pair<const char*, const char*> types[] = {
      {"html", "text/html; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"json", "application/json; charset=utf-8"},
      {"wasm", "application/wasm"},
      {"data", "application/octet-stream"},
      {"ttf", "font/ttf"},
      {"otf", "font/otf"},
      {"woff", "font/woff"},
      {"woff2", "font/woff2"},
      {"png", "image/png"},
      {"svg", "image/svg+xml"},
      {"ico", "image/x-icon"},
      {"txt", "text/plain; charset=utf-8"},
  };
  for (const auto& [extension, type] : types)
    server.set_file_extension_and_mimetype_mapping(extension, type);

  bool ok = true;
  if (!client_dir.empty() &&
      !server.set_mount_point("/client", client_dir, {{"Cache-Control", "no-cache"}})) {
    std::fprintf(stderr, "sammen-server: --client %s is not a folder\n", client_dir.c_str());
    ok = false;
  }
  if (!web_dir.empty() && !server.set_mount_point("/", web_dir, {{"Cache-Control", "no-cache"}})) {
    std::fprintf(stderr, "sammen-server: --web %s is not a folder\n", web_dir.c_str());
    ok = false;
  }
  // Reached only when no mounted index.html answered GET /.
  server.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "Sammen server. The API is at /api/v1/processes; start with --web DIR to serve the page.\n",
        "text/plain; charset=utf-8");
  });
  return ok;
}

}  // namespace sammen::server
