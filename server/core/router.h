// Router: where a feature registers its routes, in the API's words.
//
// Paths are cpp-httplib patterns; kProcessPath captures a process id, which
// path_id() gives back (path_part() any capture). Routes of POSTs that take
// no body (close, publish) are registered with post_bodyless(), which leaves
// the body unread, so a POST without Content-Length (curl -X POST) does not
// make the server wait for the connection to close; DELETE and bodyless PUT
// routes likewise. JSON bodies are at most kMaxJsonBodyBytes (413 beyond);
// an upload route (post_upload) names its own limit (and the code of its
// refusal), and largest_body() is what the server must let through at all.
// An upload sent as multipart/form-data reaches its handler with its parts
// in request.files (their contents counted against the limit), its body empty.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "sammen/core/problem.h"

// cpp-httplib's header is large; routes.cpp files include it, this need not.
namespace httplib {
struct Request;
struct Response;
class Server;
}  // namespace httplib

namespace sammen::server {

inline constexpr const char* kProcessPath = R"(/api/v1/processes/([^/]+))";
inline constexpr std::size_t kMaxJsonBodyBytes = 64 * 1024;

class Router {
 public:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

  explicit Router(httplib::Server& server) : server_(server) {}

  void get(const std::string& pattern, Handler handler);
  void post(const std::string& pattern, Handler handler);
  void post_bodyless(const std::string& pattern, Handler handler);
  void put(const std::string& pattern, Handler handler);
  void put_bodyless(const std::string& pattern, Handler handler);
  void del(const std::string& pattern, Handler handler);
  // A POST whose body (a file) may be up to `max_bytes` (beyond: `too_large`,
  // with the limit); `before_body` runs first and may answer (a refusal), and
  // then the body is dropped unkept.
  void post_upload(const std::string& pattern, std::size_t max_bytes,
                   std::function<bool(const httplib::Request&, httplib::Response&)> before_body,
                   Handler handler, ErrorCode too_large = ErrorCode::kBodyTooLarge);

  // The largest body any route takes.
  std::size_t largest_body() const { return largest_body_; }

 private:
  httplib::Server& server_;
  std::size_t largest_body_ = kMaxJsonBodyBytes;
};

// The id the route's pattern captured ("" when it captured none).
std::string path_id(const httplib::Request& request);
// The `index`-th capture of the route's pattern, 1-based ("" when there is none).
std::string path_part(const httplib::Request& request, std::size_t index);

}  // namespace sammen::server
