#include "core/router.h"

#include <httplib.h>

#include "core/http.h"

namespace sammen::server {
namespace {

// `handler` for JSON bodies: 413 beyond kMaxJsonBodyBytes (httplib has read
// the body already, up to largest_body()).
Router::Handler json_body(Router::Handler handler) {
  return [handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
    if (req.body.size() > kMaxJsonBodyBytes) {
      return send_problems(
          res, {{ErrorCode::kBodyTooLarge, "", 0, static_cast<std::int64_t>(kMaxJsonBodyBytes)}},
          recipient_of(req));
    }
    handler(req, res);
  };
}

// `handler` with the body left unread.
httplib::Server::HandlerWithContentReader bodyless(Router::Handler handler) {
  return [handler = std::move(handler)](const httplib::Request& req, httplib::Response& res,
                                        const httplib::ContentReader&) { handler(req, res); };
}

}  // namespace

void Router::get(const std::string& pattern, Handler handler) {
  server_.Get(pattern, std::move(handler));
}

void Router::post(const std::string& pattern, Handler handler) {
  server_.Post(pattern, json_body(std::move(handler)));
}

void Router::post_bodyless(const std::string& pattern, Handler handler) {
  server_.Post(pattern, bodyless(std::move(handler)));
}

void Router::put(const std::string& pattern, Handler handler) {
  server_.Put(pattern, json_body(std::move(handler)));
}

void Router::put_bodyless(const std::string& pattern, Handler handler) {
  server_.Put(pattern, bodyless(std::move(handler)));
}

void Router::del(const std::string& pattern, Handler handler) {
  server_.Delete(pattern, bodyless(std::move(handler)));
}

void Router::post_upload(
    const std::string& pattern, std::size_t max_bytes,
    std::function<bool(const httplib::Request&, httplib::Response&)> before_body,
    Handler handler) {
  largest_body_ = std::max(largest_body_, max_bytes);
  server_.Post(pattern, [=](const httplib::Request& req, httplib::Response& res,
                            const httplib::ContentReader& read) {
    if (!before_body(req, res)) {
      // Refused: the body is read and dropped, so the connection stays in step.
      read([](const char*, std::size_t) { return true; });
      return;
    }
    std::string body;
    bool too_large = false;
    read([&](const char* data, std::size_t size) {
      too_large = too_large || body.size() + size > max_bytes;
      if (!too_large) body.append(data, size);
      return true;  // read on, so the connection stays in step
    });
    if (too_large) {
      return send_problems(
          res, {{ErrorCode::kBodyTooLarge, "", 0, static_cast<std::int64_t>(max_bytes)}},
          recipient_of(req));
    }
    httplib::Request with_body = req;
    with_body.body = std::move(body);
    handler(with_body, res);
  });
}

std::string path_id(const httplib::Request& request) {
  return path_part(request, 1);
}

std::string path_part(const httplib::Request& request, std::size_t index) {
  return request.matches.size() > index ? std::string(request.matches[index]) : "";
}

}  // namespace sammen::server
