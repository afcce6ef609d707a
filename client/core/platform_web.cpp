// The platform seam in the browser, reached through EM_JS: fetch(), HTML text
// fields, window.sammen, the address bar and history, sessionStorage, and the
// page around the canvas (its elements #simple-link and #sammen-live are in
// web/index.html). Answers to fetch() arrive between frames through the
// exported sammen_on_http() and wait in a queue until the next frame takes them.

#include <emscripten.h>

#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "core/platform.h"
#include "sammen/core/json.h"

namespace sammen::client::platform {
namespace {

// Plumbing of the page, not app state: answers waiting for the next frame, the
// last request id, and the text fields placed in the current frame.
struct WebPlatform {
  std::vector<HttpResponse> responses;
  int next_id = 1;
  std::set<std::string> placed_fields;
  std::set<std::string> shown_fields;
};

WebPlatform& web() {
  static WebPlatform platform;  // one page, one platform
  return platform;
}

std::string take_js_string(char* text) {
  if (text == nullptr) return {};
  std::string out(text);
  std::free(text);
  return out;
}

// clang-format off
EM_JS(void, sammen_js_http, (int id, const char* method, const char* path, const char* body,
                             const char* csrf, const char* file), {
  const init = { method: UTF8ToString(method), headers: {}, cache: 'no-store',
                 credentials: 'same-origin' };
  const text = UTF8ToString(body);
  const picked = UTF8ToString(file);
  if (picked.length > 0) {
    const chosen = (window.sammenFiles || {})[picked];
    init.body = chosen || new Blob([]);
    init.headers['Content-Type'] = 'text/csv';
  } else if (text.length > 0) {
    init.body = text;
    init.headers['Content-Type'] = 'application/json';
  }
  const token = UTF8ToString(csrf);
  if (token.length > 0) init.headers['X-Sammen-CSRF'] = token;
  const deliver = (status, answer) => {
    _sammen_on_http(id, status, allocateUTF8(answer));
    _sammen_wake();  // the loop may be paused: draw the answer
  };
  fetch(UTF8ToString(path), init)
    .then((response) => response.text().then((answer) => deliver(response.status, answer)))
    .catch((error) => deliver(0, String(error)));
});

// A hidden <input type=file> per file field; what is picked waits in
// window.sammenFiles (the bytes) and its dataset (name and size, for the client).
EM_JS(void, sammen_js_pick_file, (const char* id, const char* accept), {
  const name = UTF8ToString(id);
  let input = document.getElementById(name);
  if (!input) {
    input = document.createElement('input');
    input.id = name;
    input.type = 'file';
    input.className = 'sammen-file';
    input.tabIndex = -1;
    input.setAttribute('aria-hidden', 'true');
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      if (!file) return;
      window.sammenFiles = window.sammenFiles || {};
      window.sammenFiles[name] = file;
      input.dataset.picked = JSON.stringify({ name: file.name, bytes: file.size });
      input.value = "";  // the same file may be picked again
      _sammen_wake();
    });
    document.body.appendChild(input);
  }
  input.accept = UTF8ToString(accept);
  input.click();
});

EM_JS(char*, sammen_js_take_picked, (const char* id), {
  const input = document.getElementById(UTF8ToString(id));
  if (!input || !input.dataset.picked) return 0;
  const picked = input.dataset.picked;
  input.dataset.picked = "";
  return allocateUTF8(picked);
});

EM_JS(char*, sammen_js_origin, (), {
  return allocateUTF8(window.location.origin);
});

EM_JS(void, sammen_js_download, (const char* name, const char* mime, const char* content), {
  const blob = new Blob([UTF8ToString(content)], { type: UTF8ToString(mime) });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = UTF8ToString(name);
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 60000);
});

// The field `id`, made (hidden) the first time it is asked for.
EM_JS(void, sammen_js_make_field, (const char* id), {
  const name = UTF8ToString(id);
  if (document.getElementById(name)) return;
  const field = document.createElement('input');
  field.id = name;
  field.type = 'text';
  field.className = 'sammen-field';
  field.autocomplete = 'off';
  field.spellcheck = false;
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') field.dataset.enter = '1';
    // Tab goes back to the canvas, which moves on to the widget after (or before) the field.
    if (event.key === 'Tab' && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      field.dataset.tab = event.shiftKey ? '-1' : '1';
      if (Module['canvas']) Module['canvas'].focus();
    }
  });
  // The wheel over a field scrolls the page under it, as over the rest of the canvas.
  field.addEventListener('wheel', (event) => {
    const canvas = Module['canvas'];
    if (!canvas) return;
    event.preventDefault();
    canvas.dispatchEvent(new WheelEvent('wheel', event));
  }, { passive: false });
  document.body.appendChild(field);
});

EM_JS(void, sammen_js_place_field, (const char* id, float x, float y, float w, float h,
                                    const char* placeholder, int kind), {
  const name = UTF8ToString(id);
  const field = document.getElementById(name);
  // 0 voter code, 1 text, 2 e-mail, 3 password, 4 number (platform::FieldKind).
  const types = ['text', 'text', 'email', 'password', 'text'];
  if (field.type !== types[kind]) field.type = types[kind];
  field.classList.toggle('sammen-code', kind === 0);
  field.setAttribute('autocapitalize', kind === 0 ? 'characters' : 'off');
  field.inputMode = kind === 4 ? 'decimal' : (kind === 2 ? 'email' : 'text');
  field.autocomplete = kind === 3 ? 'current-password' : (kind === 2 ? 'username' : 'off');
  const canvas = Module['canvas'];
  const box = canvas ? canvas.getBoundingClientRect() : { left: 0, top: 0 };
  field.placeholder = UTF8ToString(placeholder);
  field.setAttribute('aria-label', field.placeholder);
  field.style.left = (box.left + x) + 'px';
  field.style.top = (box.top + y) + 'px';
  field.style.width = w + 'px';
  field.style.height = h + 'px';
  field.style.display = 'block';
  if (window.sammenFocusWanted === name) {
    window.sammenFocusWanted = undefined;
    field.focus();
  }
});

EM_JS(void, sammen_js_set_field, (const char* id, const char* value), {
  const field = document.getElementById(UTF8ToString(id));
  if (field) field.value = UTF8ToString(value);
});

EM_JS(void, sammen_js_hide_field, (const char* id), {
  const field = document.getElementById(UTF8ToString(id));
  if (field) {
    field.style.display = 'none';
    // Focus stays in the client (the canvas), so the keyboard goes on working.
    if (document.activeElement === field && Module['canvas']) Module['canvas'].focus();
    field.blur();
  }
});

EM_JS(char*, sammen_js_field_value, (const char* id), {
  const field = document.getElementById(UTF8ToString(id));
  const value = field ? field.value : "";
  return allocateUTF8(value);
});

EM_JS(int, sammen_js_take_enter, (const char* id), {
  const field = document.getElementById(UTF8ToString(id));
  if (!field || field.dataset.enter !== '1') return 0;
  field.dataset.enter = "";
  return 1;
});

EM_JS(int, sammen_js_take_tab, (const char* id), {
  const field = document.getElementById(UTF8ToString(id));
  if (!field || !field.dataset.tab) return 0;
  const dir = Number(field.dataset.tab);
  field.dataset.tab = "";
  return dir;
});

// A field scrolled out of view is hidden; it takes the focus when it is placed again.
EM_JS(void, sammen_js_focus_field, (const char* id), {
  const name = UTF8ToString(id);
  const field = document.getElementById(name);
  if (field && field.style.display !== 'none') {
    field.focus();
  } else {
    window.sammenFocusWanted = name;
  }
});

EM_JS(void, sammen_js_publish, (const char* json), {
  const hooks = JSON.parse(UTF8ToString(json));
  // The client measures in canvas pixels; the page may have put the canvas elsewhere.
  const canvas = Module['canvas'];
  const box = canvas ? canvas.getBoundingClientRect() : { left: 0, top: 0 };
  for (const name in hooks.widgets) {
    hooks.widgets[name].x += box.left;
    hooks.widgets[name].y += box.top;
  }
  const focused = document.activeElement;
  hooks.dom_focus = focused && focused !== document.body ? (focused.id || focused.tagName.toLowerCase()) : "";
  window.sammen = hooks;
  if (hooks.ready) document.body.classList.add('sammen-ready');
});

EM_JS(char*, sammen_js_requested_language, (), {
  const lang = new URLSearchParams(window.location.search).get('lang') || "";
  return allocateUTF8(lang);
});

EM_JS(char*, sammen_js_hash, (), {
  const hash = window.location.hash || "";
  return allocateUTF8(hash);
});

EM_JS(void, sammen_js_show_location, (const char* hash, const char* lang, int push), {
  const url = new URL(window.location.href);
  url.hash = UTF8ToString(hash);
  url.searchParams.set('lang', UTF8ToString(lang));
  if (url.href === window.location.href) return;
  if (push) {
    window.history.pushState(null, "", url.href);
  } else {
    window.history.replaceState(null, "", url.href);
  }
});

// Back and Forward (and an edited address) leave the new hash for the next
// frame; so does Tab from the page's link into the canvas.
EM_JS(void, sammen_js_watch_page, (), {
  if (window.sammenPageWatched) return;
  window.sammenPageWatched = true;
  const moved = () => { window.sammenMovedTo = window.location.hash || '#'; };
  window.addEventListener('popstate', moved);
  window.addEventListener('hashchange', moved);
  const canvas = Module['canvas'];
  if (canvas) {
    canvas.addEventListener('focus', (event) => {
      if (event.relatedTarget && event.relatedTarget.id === 'simple-link') window.sammenEnteredCanvas = 1;
    });
  }
});

EM_JS(int, sammen_js_take_entry, (), {
  const entered = window.sammenEnteredCanvas || 0;
  window.sammenEnteredCanvas = 0;
  return entered;
});

EM_JS(char*, sammen_js_take_move, (), {
  const hash = window.sammenMovedTo;
  if (hash === undefined) return 0;
  window.sammenMovedTo = undefined;
  return allocateUTF8(hash);
});

EM_JS(void, sammen_js_random, (unsigned char* out, int length), {
  crypto.getRandomValues(HEAPU8.subarray(out, out + length));
});

EM_JS(void, sammen_js_copy, (const char* text), {
  try { navigator.clipboard.writeText(UTF8ToString(text)); } catch (e) {}
});

EM_JS(void, sammen_js_save, (const char* name, const char* text), {
  const url = URL.createObjectURL(new Blob([UTF8ToString(text)], {type: "text/plain;charset=utf-8"}));
  const a = document.createElement("a");
  a.href = url;
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

EM_JS(void, sammen_js_remember, (const char* key, const char* value), {
  try { window.sessionStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

EM_JS(char*, sammen_js_recall, (const char* key), {
  let value = "";
  try { value = window.sessionStorage.getItem(UTF8ToString(key)) || ""; } catch (e) {}
  return allocateUTF8(value);
});

EM_JS(void, sammen_js_describe_page, (const char* lang, const char* title, const char* href,
                                      const char* label), {
  document.documentElement.lang = UTF8ToString(lang);
  document.title = UTF8ToString(title);
  const canvas = Module['canvas'];
  if (canvas) canvas.setAttribute('aria-label', UTF8ToString(title));
  const link = document.getElementById('simple-link');
  if (link) {
    link.href = UTF8ToString(href);
    link.textContent = UTF8ToString(label);
  }
});

EM_JS(void, sammen_js_announce, (const char* text), {
  const live = document.getElementById('sammen-live');
  if (live) live.textContent = UTF8ToString(text);
});

EM_JS(void, sammen_js_focus_link, (), {
  const link = document.getElementById('simple-link');
  if (link) link.focus();
});
// clang-format on

}  // namespace

int send_http(const HttpRequest& request) {
  const int id = web().next_id++;
  sammen_js_http(id, request.method.c_str(), request.path.c_str(), request.body.c_str(),
                 request.csrf.c_str(), request.file.c_str());
  return id;
}

std::vector<HttpResponse> take_http_responses() {
  return std::exchange(web().responses, {});
}

void place_text_field(std::string_view id, Rect rect, std::string_view placeholder,
                      FieldKind kind) {
  const std::string name(id);
  const std::string hint(placeholder);
  sammen_js_make_field(name.c_str());
  sammen_js_place_field(name.c_str(), rect.x, rect.y, rect.w, rect.h, hint.c_str(),
                        static_cast<int>(kind));
  web().placed_fields.insert(name);
  web().shown_fields.insert(name);
}

void set_text_field_value(std::string_view id, std::string_view value) {
  const std::string name(id);
  sammen_js_make_field(name.c_str());
  sammen_js_set_field(name.c_str(), std::string(value).c_str());
}

void pick_file(std::string_view id, std::string_view accept) {
  sammen_js_pick_file(std::string(id).c_str(), std::string(accept).c_str());
}

std::optional<PickedFile> take_picked_file(std::string_view id) {
  char* text = sammen_js_take_picked(std::string(id).c_str());
  if (text == nullptr) return std::nullopt;
  // {"name": ..., "bytes": ...}, written by sammen_js_pick_file above.
  const Result<Json> json = parse_json(take_js_string(text));
  PickedFile file;
  if (json && json.value().is_object()) {
    file.name = json.value().value("name", std::string());
    file.bytes = json.value().value("bytes", 0.0);
  }
  return file;
}

std::string page_origin() {
  return take_js_string(sammen_js_origin());
}

void download(std::string_view file_name, std::string_view mime_type, std::string_view content) {
  sammen_js_download(std::string(file_name).c_str(), std::string(mime_type).c_str(),
                     std::string(content).c_str());
}

std::string text_field_value(std::string_view id) {
  return take_js_string(sammen_js_field_value(std::string(id).c_str()));
}

bool take_text_field_enter(std::string_view id) {
  return sammen_js_take_enter(std::string(id).c_str()) != 0;
}

int take_text_field_tab(std::string_view id) {
  return sammen_js_take_tab(std::string(id).c_str());
}

void focus_text_field(std::string_view id) {
  sammen_js_focus_field(std::string(id).c_str());
}

void publish_test_hooks(const std::string& json) {
  sammen_js_publish(json.c_str());
}

std::string requested_language() {
  return take_js_string(sammen_js_requested_language());
}

void end_frame() {
  WebPlatform& p = web();
  for (auto it = p.shown_fields.begin(); it != p.shown_fields.end();) {
    if (p.placed_fields.count(*it) == 0) {
      sammen_js_hide_field(it->c_str());
      it = p.shown_fields.erase(it);
    } else {
      ++it;
    }
  }
  p.placed_fields.clear();
}

std::string location_hash() {
  sammen_js_watch_page();
  return take_js_string(sammen_js_hash());
}

void show_location(std::string_view hash, std::string_view language_tag, bool push) {
  sammen_js_show_location(std::string(hash).c_str(), std::string(language_tag).c_str(),
                          push ? 1 : 0);
}

std::optional<std::string> take_location_change() {
  char* hash = sammen_js_take_move();
  if (hash == nullptr) return std::nullopt;
  return take_js_string(hash);
}

void random_bytes(std::span<unsigned char> out) {
  sammen_js_random(out.data(), static_cast<int>(out.size()));
}

void copy_text(std::string_view text) {
  sammen_js_copy(std::string(text).c_str());
}

void save_text(std::string_view file_name, std::string_view text) {
  sammen_js_save(std::string(file_name).c_str(), std::string(text).c_str());
}

void remember(std::string_view key, std::string_view value) {
  sammen_js_remember(std::string(key).c_str(), std::string(value).c_str());
}

std::string recall(std::string_view key) {
  return take_js_string(sammen_js_recall(std::string(key).c_str()));
}

void describe_page(const PageFacts& facts) {
  sammen_js_describe_page(facts.language_tag.c_str(), facts.title.c_str(),
                          facts.simple_href.c_str(), facts.simple_label.c_str());
}

void announce(std::string_view text) {
  sammen_js_announce(std::string(text).c_str());
}

void focus_page_link() {
  sammen_js_focus_link();
}

bool take_canvas_entry() {
  return sammen_js_take_entry() != 0;
}

}  // namespace sammen::client::platform

// Called by the page when a fetch() finished; takes ownership of `body`.
extern "C" EMSCRIPTEN_KEEPALIVE void sammen_on_http(int id, int status, char* body) {
  sammen::client::platform::web().responses.push_back(
      {id, status, sammen::client::platform::take_js_string(body)});
}
