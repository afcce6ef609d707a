#include "core/router.h"

#include <httplib.h>

namespace sammen::server {

void Router::get(const std::string& pattern, Handler handler) {
  server_.Get(pattern, std::move(handler));
}

void Router::post(const std::string& pattern, Handler handler) {
  server_.Post(pattern, std::move(handler));
}

void Router::post_bodyless(const std::string& pattern, Handler handler) {
  server_.Post(pattern, [handler = std::move(handler)](
                            const httplib::Request& req, httplib::Response& res,
                            const httplib::ContentReader&) { handler(req, res); });
}

std::string path_id(const httplib::Request& request) {
  return path_part(request, 1);
}

std::string path_part(const httplib::Request& request, std::size_t index) {
  return request.matches.size() > index ? std::string(request.matches[index]) : "";
}

}  // namespace sammen::server
