// The platform seam for the page around the canvas: the address bar and
// history, sessionStorage, <html lang> and <title>, the link to the HTML
// pages, the live region, and keyboard focus leaving the canvas. The page's
// elements (#simple-link, #sammen-live) are in web/index.html.

#include <emscripten.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "core/platform.h"

namespace sammen::client::platform {
namespace {

std::string take_js_string(char* text) {
  if (text == nullptr) return {};
  std::string out(text);
  std::free(text);
  return out;
}

// clang-format off
EM_JS(char*, sammen_js_hash, (), {
  const hash = window.location.hash || "";
  const size = lengthBytesUTF8(hash) + 1;
  const ptr = _malloc(size);
  stringToUTF8(hash, ptr, size);
  return ptr;
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
  const size = lengthBytesUTF8(hash) + 1;
  const ptr = _malloc(size);
  stringToUTF8(hash, ptr, size);
  return ptr;
});

EM_JS(void, sammen_js_remember, (const char* key, const char* value), {
  try { window.sessionStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

EM_JS(char*, sammen_js_recall, (const char* key), {
  let value = "";
  try { value = window.sessionStorage.getItem(UTF8ToString(key)) || ""; } catch (e) {}
  const size = lengthBytesUTF8(value) + 1;
  const ptr = _malloc(size);
  stringToUTF8(value, ptr, size);
  return ptr;
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
