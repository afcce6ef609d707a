// Platform: what the client needs from the page it runs in.
//
// HTTP to the same origin, an HTML text field laid over the canvas (so phones
// raise their keyboard and paste works), the test hooks object on `window`, and
// a few facts about the page. platform_web.cpp implements it with EM_JS; it is
// the only place (with main_web.cpp) that knows about Emscripten. Requests
// never block: answers are collected with take_http_responses() once a frame.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sammen::client::platform {

struct HttpRequest {
  std::string method = "GET";
  std::string path;  // same origin, e.g. "/api/v1/processes"
  std::string body;  // JSON, empty for GET
};

struct HttpResponse {
  int id = 0;
  int status = 0;  // 0 when no answer came (network failure)
  std::string body;
};

// Starts a request; its answer comes back from take_http_responses() with this id.
int send_http(const HttpRequest& request);
std::vector<HttpResponse> take_http_responses();

// A rectangle in CSS pixels of the page.
struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

// Shows the HTML text field `id` over `rect` this frame; fields not placed in a
// frame are hidden by end_frame().
void place_text_field(std::string_view id, Rect rect, std::string_view placeholder);
// The field's current text, and whether Enter was pressed in it since last asked.
std::string text_field_value(std::string_view id);
bool take_text_field_enter(std::string_view id);

// Sets window.sammen (the test hooks) from JSON text.
void publish_test_hooks(const std::string& json);

// The language tag asked for in the page URL (?lang=da), or empty.
std::string requested_language();

// Hides text fields not placed this frame.
void end_frame();

}  // namespace sammen::client::platform
