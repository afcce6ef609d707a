#include "core/static_files.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <utility>
#include <vector>

namespace sammen::server {
namespace {

namespace fs = std::filesystem;

// Content types by file extension; httplib uses the same table for the
// files it serves itself, so a precompressed answer keeps the original's type.
const std::pair<const char*, const char*> kTypes[] = {
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

const char* const kCacheControl = "no-cache";

struct Mount {
  std::string prefix;  // as given to set_mount_point: "/client" or "/"
  fs::path dir;
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// True when the Accept-Encoding headers accept gzip: a "gzip" (or "x-gzip")
// token, or failing that a "*" token, with a q value above zero.
// "gzip;q=0" refuses gzip even when "*" is accepted.
bool accepts_gzip(const httplib::Request& req) {
  std::optional<double> gzip_q, any_q;
  for (size_t i = 0; i < req.get_header_value_count("Accept-Encoding"); ++i) {
    std::istringstream tokens(req.get_header_value("Accept-Encoding", i));
    for (std::string token; std::getline(tokens, token, ',');) {
      std::istringstream parts(token);
      std::string coding;
      std::getline(parts, coding, ';');
      coding = lower(trim(coding));
      double q = 1.0;
      for (std::string param; std::getline(parts, param, ';');) {
        param = lower(trim(param));
        if (param.rfind("q=", 0) != 0) continue;
        char* end = nullptr;
        const std::string value = trim(param.substr(2));
        q = std::strtod(value.c_str(), &end);
        if (value.empty() || *end != '\0') q = 0.0;  // malformed: not accepted
      }
      if (coding == "gzip" || coding == "x-gzip") gzip_q = std::max(gzip_q.value_or(0.0), q);
      if (coding == "*") any_q = std::max(any_q.value_or(0.0), q);
    }
  }
  return gzip_q ? *gzip_q > 0.0 : any_q.value_or(0.0) > 0.0;
}

std::optional<std::string> type_of(const fs::path& file) {
  const std::string extension = lower(file.extension().string());
  for (const auto& [ext, type] : kTypes)
    if (extension == std::string(".") + ext) return type;
  return std::nullopt;
}

// The file httplib would serve for `path` from `mount`, or nothing. Mirrors
// httplib's prefix match and index.html rule, but is stricter about the rest:
// any ".." segment, backslash or NUL means nothing (httplib then decides as
// it always has), so this never reaches outside the mounted folder.
std::optional<fs::path> file_for(const Mount& mount, const std::string& path) {
  if (path.compare(0, mount.prefix.size(), mount.prefix) != 0) return std::nullopt;
  std::string rest = path.substr(mount.prefix.size());
  if (rest.find('\\') != std::string::npos || rest.find('\0') != std::string::npos)
    return std::nullopt;
  std::istringstream segments(rest);
  for (std::string segment; std::getline(segments, segment, '/');)
    if (segment == "..") return std::nullopt;
  rest.erase(0, rest.find_first_not_of('/'));  // relative to the folder, never absolute
  if (rest.empty() || rest.back() == '/') rest += "index.html";
  std::error_code error;
  fs::path file = mount.dir / rest;
  if (!fs::is_regular_file(file, error)) return std::nullopt;
  return file;
}

// `file`.gz when it exists and is not older than `file` (a stale build must
// never serve old code); gzip -k gives the .gz the original's mtime.
std::optional<fs::path> fresh_gzip_sibling(const fs::path& file) {
  fs::path gz = file;
  gz += ".gz";
  std::error_code error;
  if (!fs::is_regular_file(gz, error)) return std::nullopt;
  const auto gz_time = fs::last_write_time(gz, error);
  if (error) return std::nullopt;
  const auto file_time = fs::last_write_time(file, error);
  if (error || gz_time < file_time) return std::nullopt;
  return gz;
}

std::optional<std::string> read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return std::nullopt;
  return bytes;
}

// Answers GET/HEAD for a mounted file from its precompressed sibling when the
// client accepts gzip and the sibling is fresh; in every other case leaves
// the request to httplib's mount points, which serve it exactly as before.
httplib::Server::HandlerResponse serve_precompressed(const std::vector<Mount>& mounts,
                                                     const httplib::Request& req,
                                                     httplib::Response& res) {
  constexpr auto kUnhandled = httplib::Server::HandlerResponse::Unhandled;
  if ((req.method != "GET" && req.method != "HEAD") || req.has_header("Range") ||
      !accepts_gzip(req))
    return kUnhandled;
  for (const Mount& mount : mounts) {
    const std::optional<fs::path> file = file_for(mount, req.path);
    if (!file) continue;  // httplib tries the next mount too
    // This is the file httplib would serve; from here on, gzip or hand back.
    const std::optional<std::string> type = type_of(*file);
    const std::optional<fs::path> gz = fresh_gzip_sibling(*file);
    if (!type || !gz) return kUnhandled;
    std::optional<std::string> bytes = read_all(*gz);
    if (!bytes || bytes->empty()) return kUnhandled;
    res.status = 200;
    res.set_header("Content-Encoding", "gzip");
    res.set_header("Vary", "Accept-Encoding");
    res.set_header("Cache-Control", kCacheControl);
    // A content provider rather than a body: httplib compresses text bodies
    // itself and would gzip the gzip; it leaves provided content alone.
    auto shared = std::make_shared<std::string>(std::move(*bytes));
    res.set_content_provider(shared->size(), *type,
                             [shared](size_t offset, size_t length, httplib::DataSink& sink) {
                               return sink.write(shared->data() + offset, length);
                             });
    return httplib::Server::HandlerResponse::Handled;
  }
  return kUnhandled;
}

}  // namespace

std::optional<PreRouting> mount_static_files(httplib::Server& server, const std::string& web_dir,
                                             const std::string& client_dir) {
  for (const auto& [extension, type] : kTypes)
    server.set_file_extension_and_mimetype_mapping(extension, type);

  // Same order as the mount points: httplib tries /client before /.
  std::vector<Mount> mounts;
  bool ok = true;
  if (!client_dir.empty()) {
    if (server.set_mount_point("/client", client_dir, {{"Cache-Control", kCacheControl}})) {
      mounts.push_back({"/client", client_dir});
    } else {
      std::fprintf(stderr, "sammen-server: --client %s is not a folder\n", client_dir.c_str());
      ok = false;
    }
  }
  if (!web_dir.empty()) {
    if (server.set_mount_point("/", web_dir, {{"Cache-Control", kCacheControl}})) {
      mounts.push_back({"/", web_dir});
    } else {
      std::fprintf(stderr, "sammen-server: --web %s is not a folder\n", web_dir.c_str());
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  // Reached only when no mounted index.html answered GET /.
  server.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "Sammen server. The API is at /api/v1/processes; start with --web DIR to serve the page.\n",
        "text/plain; charset=utf-8");
  });
  // Runs before the mount points: precompressed <file>.gz when it applies.
  if (mounts.empty()) return PreRouting();
  return PreRouting([mounts](const httplib::Request& req, httplib::Response& res) {
    return serve_precompressed(mounts, req, res);
  });
}

}  // namespace sammen::server
