// Platform: what the client needs from the page it runs in.
//
// HTTP to the same origin, an HTML text field laid over the canvas (so phones
// raise their keyboard and paste works), the test hooks object on `window`,
// the address bar and history (each screen its own URL), what survives a
// reload (sessionStorage), and the page around the canvas: its language and
// title, the link to the HTML pages, a polite live region for screen readers,
// and where keyboard focus goes when it leaves the canvas. platform_web.cpp
// implements it with EM_JS; it is the only place (with main_web.cpp) that
// knows about Emscripten. Requests never block: answers are
// collected with take_http_responses() once a frame.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sammen::client::platform {

struct HttpRequest {
  HttpRequest() = default;
  HttpRequest(std::string method_, std::string path_, std::string body_ = {})
      : method(std::move(method_)), path(std::move(path_)), body(std::move(body_)) {}

  std::string method = "GET";
  std::string path;  // same origin, e.g. "/api/v1/processes"
  std::string body;  // JSON, empty for GET
  // The session's CSRF token, sent as X-Sammen-CSRF (every change a signed-in
  // member of staff makes); empty: none.
  std::string csrf;
  // The body is the file picked in the file field of that name (sent as it
  // is, in whatever encoding it has) instead of `body`; empty: none.
  std::string file;
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

// What an HTML text field holds: a voter code (capitals, monospace), plain
// text, an e-mail address, a password (never shown), a number.
enum class FieldKind { kCode, kText, kEmail, kPassword, kNumber };

// Shows the HTML text field `id` over `rect` this frame; fields not placed in a
// frame are hidden by end_frame().
void place_text_field(std::string_view id, Rect rect, std::string_view placeholder,
                      FieldKind kind = FieldKind::kCode);
// Puts `value` in the field `id` (made, hidden, if it is not there yet).
void set_text_field_value(std::string_view id, std::string_view value);
// The field's current text, and whether Enter was pressed in it since last asked.
std::string text_field_value(std::string_view id);
bool take_text_field_enter(std::string_view id);
// Tab (+1) or Shift+Tab (-1) pressed in the field since last asked (the
// canvas has the focus again), or 0.
int take_text_field_tab(std::string_view id);
// Keyboard focus to the field, or out of the canvas to the page's link.
void focus_text_field(std::string_view id);
void focus_page_link();
// Tab from the page's link brought keyboard focus into the canvas since last asked.
bool take_canvas_entry();

// A file picked with the page's own file dialog: its name and size in bytes.
// The bytes stay in the page until a request sends them (HttpRequest::file).
struct PickedFile {
  std::string name;
  double bytes = 0;
};
// Opens the browser's file dialog for the file field `id` (only `accept`
// types offered, ".csv,text/csv"); must follow a click or key press.
void pick_file(std::string_view id, std::string_view accept);
// The file picked in field `id` since last asked, if one was.
std::optional<PickedFile> take_picked_file(std::string_view id);

// The page's origin, "https://fjordby.kommune.no" (where residents vote).
std::string page_origin();

// Offers `content` to the person as a file to save (a download).
void download(std::string_view file_name, std::string_view mime_type, std::string_view content);

// Sets window.sammen (the test hooks) from JSON text.
void publish_test_hooks(const std::string& json);

// The language tag asked for in the page URL (?lang=da), or empty.
std::string requested_language();

// The address's hash ("#/processes/..."), or empty.
std::string location_hash();
// Puts `hash` and ?lang=`language_tag` in the address bar, as a new history
// entry when `push`, else in place of the current one.
void show_location(std::string_view hash, std::string_view language_tag, bool push);
// The hash the browser went to (Back, Forward, an edited address) since last asked.
std::optional<std::string> take_location_change();

// Random bytes from the browser (crypto.getRandomValues).
void random_bytes(std::span<unsigned char> out);
// The resident's copy of `text`: to the clipboard, or as a downloaded file.
void copy_text(std::string_view text);
void save_text(std::string_view file_name, std::string_view text);

// sessionStorage: kept across reloads of this tab, gone when it closes.
void remember(std::string_view key, std::string_view value);
std::string recall(std::string_view key);

// The page around the canvas: <html lang>, <title>, the canvas's label, and
// the visible link to the HTML pages.
struct PageFacts {
  std::string language_tag;
  std::string title;
  std::string simple_href;
  std::string simple_label;
};
void describe_page(const PageFacts& facts);
// Says `text` in the polite live region (screen readers read it when idle).
void announce(std::string_view text);

// Hides text fields not placed this frame.
void end_frame();

}  // namespace sammen::client::platform
