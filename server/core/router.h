// Router: where a feature registers its routes, in the API's words.
//
// Paths are cpp-httplib patterns; kProcessPath captures a process id, which
// path_id() gives back. Routes of POSTs that take no body (close, publish)
// are registered with post_bodyless(), which leaves the body unread, so a
// POST without Content-Length (curl -X POST) does not make the server wait
// for the connection to close.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

// cpp-httplib's header is large; routes.cpp files include it, this need not.
namespace httplib {
struct Request;
struct Response;
class Server;
}  // namespace httplib

namespace sammen::server {

inline constexpr const char* kProcessPath = R"(/api/v1/processes/([^/]+))";

class Router {
 public:
  using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

  explicit Router(httplib::Server& server) : server_(server) {}

  void get(const std::string& pattern, Handler handler);
  void post(const std::string& pattern, Handler handler);
  void post_bodyless(const std::string& pattern, Handler handler);

 private:
  httplib::Server& server_;
};

// The id the route's pattern captured ("" when it captured none).
std::string path_id(const httplib::Request& request);
// The `index`-th capture of the route's pattern, 1-based ("" when there is none).
std::string path_part(const httplib::Request& request, std::size_t index);

}  // namespace sammen::server
