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
    std::function<bool(const httplib::Request&, httplib::Response&)> before_body, Handler handler,
    ErrorCode too_large) {
  largest_body_ = std::max(largest_body_, max_bytes);
  server_.Post(pattern, [=](const httplib::Request& req, httplib::Response& res,
                            const httplib::ContentReader& read) {
    if (!before_body(req, res)) {
      // Refused: the body is read and dropped, so the connection stays in step.
      if (req.is_multipart_form_data()) {
        read([](const httplib::MultipartFormData&) { return true; },
             [](const char*, std::size_t) { return true; });
      } else {
        read([](const char*, std::size_t) { return true; });
      }
      return;
    }
    httplib::Request with_body = req;
    std::size_t received = 0;
    // Counts what arrives and keeps it while within the limit; reads on past
    // it, so the connection stays in step.
    const auto keep = [&](std::string& into, const char* data, std::size_t size) {
      received += size;
      if (received <= max_bytes) into.append(data, size);
      return true;
    };
    bool read_whole = true;
    if (req.is_multipart_form_data()) {
      auto part = with_body.files.end();
      read_whole = read(
          [&](const httplib::MultipartFormData& header) {
            part = with_body.files.emplace(header.name, header);
            return true;
          },
          [&](const char* data, std::size_t size) {
            return keep(part->second.content, data, size);
          });
    } else {
      read_whole = read(
          [&](const char* data, std::size_t size) { return keep(with_body.body, data, size); });
    }
    if (!read_whole) {  // a malformed multipart body
      res.set_header("Connection", "close");
      return send_problems(res, {{ErrorCode::kBadRequest, "multipart"}}, recipient_of(req));
    }
    if (received > max_bytes) {
      return send_problems(res,
                           {{too_large, "", static_cast<std::int64_t>(received),
                             static_cast<std::int64_t>(max_bytes)}},
                           recipient_of(req));
    }
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
