#include "core/request_screen.h"

#include "core/http.h"
#include "core/page.h"
#include "core/page_paths.h"

namespace sammen::server {

bool has_control_character(std::string_view path) {
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) return true;
  }
  return false;
}

void install_request_screen(httplib::Server& server, PreRouting next) {
  server.set_pre_routing_handler(
      [next = std::move(next)](const httplib::Request& req, httplib::Response& res) {
        if (!has_control_character(req.path)) {
          return next ? next(req, res) : httplib::Server::HandlerResponse::Unhandled;
        }
        const Problem problem{ErrorCode::kBadRequest, "path"};
        if (paths::is_html_path(req.path)) {
          send_problem_page(req, res, {problem});
        } else {
          send_problems(res, {problem}, recipient_of(req));
        }
        return httplib::Server::HandlerResponse::Handled;
      });
}

}  // namespace sammen::server
