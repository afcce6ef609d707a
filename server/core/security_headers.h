// Security headers: what every answer says to the browser, set in one place.
//
// Every answer (the API's JSON, static files, the HTML path's pages and
// httplib's own refusals) carries X-Content-Type-Options: nosniff,
// X-Frame-Options: DENY and a Content-Security-Policy with frame-ancestors
// 'none' that fits what the answer is:
//   - the canvas client's page (an HTML file from --web): its own scripts,
//     the WebAssembly they compile ('wasm-unsafe-eval'), inline styles,
//     fetches to this server only, no inline script;
//   - the HTML path's pages (/html/...): no script at all, except the voter
//     code and the confirmation (paths::loads_ballot_script): the ballot
//     script from this server, the WebAssembly it compiles ('wasm-unsafe-eval')
//     and its fetches to this server, still no inline script;
//   - anything else (JSON, scripts, wasm, fonts, the stylesheet): nothing
//     may load from it (default-src 'none').
// Referrer-Policy: no-referrer, except on the two kinds of pages:
// same-origin there, since a browser sends "Origin: null" with the forms and
// fetches of a no-referrer page, which the CSRF checks (gate.h) refuse;
// other sites get no referrer either way. A header a handler set is replaced.
#pragma once

#include <string_view>

namespace httplib {
struct Request;
struct Response;
class Server;
}  // namespace httplib

namespace sammen::server {

// The policies, for tests and for the README.
inline constexpr std::string_view kClientPagePolicy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline';"
    " img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none';"
    " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
inline constexpr std::string_view kHtmlPathPolicy =
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none';"
    " frame-ancestors 'none'";
inline constexpr std::string_view kHtmlBallotScriptPolicy =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self';"
    " style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none';"
    " frame-ancestors 'none'";
inline constexpr std::string_view kNothingPolicy = "default-src 'none'; frame-ancestors 'none'";

// Sets the headers of `response`, an answer to `request`.
void set_security_headers(const httplib::Request& request, httplib::Response& response);

// Makes `server` set them on every answer, just before writing it.
void install_security_headers(httplib::Server& server);

}  // namespace sammen::server
