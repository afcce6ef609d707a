#include "core/security_headers.h"

#include <httplib.h>

#include <string>

#include "core/page_paths.h"

namespace sammen::server {
namespace {

bool is_html(const httplib::Response& response) {
  return response.get_header_value("Content-Type").rfind("text/html", 0) == 0;
}

void replace(httplib::Response& response, const char* name, std::string_view value) {
  response.headers.erase(name);
  response.set_header(name, std::string(value));
}

}  // namespace

void set_security_headers(const httplib::Request& request, httplib::Response& response) {
  const bool page = is_html(response);
  std::string_view policy = kNothingPolicy;
  if (page && paths::loads_ballot_script(request.path)) {
    policy = kHtmlBallotScriptPolicy;
  } else if (page) {
    policy = paths::is_html_path(request.path) ? kHtmlPathPolicy : kClientPagePolicy;
  }
  replace(response, "Content-Security-Policy", policy);
  replace(response, "X-Content-Type-Options", "nosniff");
  replace(response, "X-Frame-Options", "DENY");
  replace(response, "Referrer-Policy", page ? "same-origin" : "no-referrer");
}

void install_security_headers(httplib::Server& server) {
  server.set_post_routing_handler(set_security_headers);
}

}  // namespace sammen::server
