// libFuzzer target for the Markdown renderer (scripts/fuzz.sh builds and
// runs it): cmark's parser and both renderings (server/core/markdown.h).
//
// Whatever the text, both renderings must be well-formed UTF-8 and never
// crash or trip a sanitizer; the HTML must never contain "<script" and its
// tags must be the renderer's own, with no "javascript:" and no "onerror="
// in any tag (a resident may type those words, and as escaped text they
// are only words).
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/markdown.h"
#include "core/utf8.h"

using namespace sammen::server;

namespace {

void check(bool condition) {
  if (!condition) std::abort();
}

bool own_tag(std::string_view name) {
  for (std::string_view tag : {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                               "pre", "code", "em", "strong", "a", "br", "hr"}) {
    if (name == tag) return true;
  }
  return false;
}

void check_html(const std::string& html) {
  std::string lower = html;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  check(lower.find("<script") == std::string::npos);
  for (std::size_t at = lower.find('<'); at != std::string::npos; at = lower.find('<', at + 1)) {
    const std::size_t end = lower.find('>', at);
    check(end != std::string::npos);
    const std::string_view tag = std::string_view(lower).substr(at, end - at + 1);
    std::size_t name_at = tag[1] == '/' ? 2 : 1;
    std::size_t name_end = name_at;
    while (name_end < tag.size() && std::isalnum(static_cast<unsigned char>(tag[name_end])))
      ++name_end;
    check(own_tag(tag.substr(name_at, name_end - name_at)));
    check(tag.find("javascript:") == std::string_view::npos);
    check(tag.find("onerror=") == std::string_view::npos);
    check(tag.find('<', 1) == std::string_view::npos);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string html = markdown_to_safe_html(text);
  check(valid_utf8(html));
  check_html(html);
  check(valid_utf8(markdown_to_plain_text(text)));
  return 0;
}
