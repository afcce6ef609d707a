// Request screen: what every request must be before any route sees it.
//
// A path holding a NUL or another control character (U+0000 to U+001F,
// U+007F), sent raw or percent-encoded (httplib has decoded it by now), is
// refused with 400 request.bad_request (an error page under /html/, the
// error envelope elsewhere) before routing, so no handler or file lookup
// ever sees one ("/index.html%00.js" is not served as JavaScript, nor at all).
#pragma once

#include <httplib.h>

#include <functional>
#include <string_view>

namespace sammen::server {

using PreRouting =
    std::function<httplib::Server::HandlerResponse(const httplib::Request&, httplib::Response&)>;

// True when `path` holds a control character.
bool has_control_character(std::string_view path);

// Screens every request of `server`; the ones that pass go on to `next`
// (when given) and then to routing.
void install_request_screen(httplib::Server& server, PreRouting next = nullptr);

}  // namespace sammen::server
