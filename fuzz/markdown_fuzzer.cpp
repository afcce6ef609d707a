// libFuzzer target for the Markdown renderer (scripts/fuzz.sh builds and
// runs it): cmark's parser and both renderings (server/core/markdown.h).
//
// Whatever the text, both renderings must be well-formed UTF-8 and never
// crash or trip a sanitizer. The HTML must never contain "<script"; every
// tag must be one of the renderer's own, with no attribute but href, rel
// and start, each value quoted; so no event handler (onerror=) can exist,
// and an href must be an http:, https: or mailto: address, never
// javascript:. (The words themselves may appear as escaped text, or inside
// a quoted address such as "https:onerror=//x", where they are inert: an
// earlier version of this check that looked for "onerror=" anywhere in a
// tag was wrong about such an address, and the fuzzer said so.)
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

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// One tag, "<name attr="value" ...>" or "</name>", lower-cased.
void check_tag(std::string_view tag) {
  std::size_t at = tag[1] == '/' ? 2 : 1;
  const std::size_t name_at = at;
  while (at < tag.size() && std::isalnum(static_cast<unsigned char>(tag[at]))) ++at;
  check(own_tag(tag.substr(name_at, at - name_at)));
  while (tag[at] == ' ') {
    const std::size_t attribute_at = ++at;
    while (at < tag.size() && tag[at] >= 'a' && tag[at] <= 'z') ++at;
    const std::string_view attribute = tag.substr(attribute_at, at - attribute_at);
    check(attribute == "href" || attribute == "rel" || attribute == "start");
    check(tag.substr(at, 2) == "=\"");
    const std::size_t value_at = at + 2;
    const std::size_t value_end = tag.find('"', value_at);
    check(value_end != std::string_view::npos);
    const std::string_view value = tag.substr(value_at, value_end - value_at);
    if (attribute == "href") {
      check(starts_with(value, "http:") || starts_with(value, "https:") ||
            starts_with(value, "mailto:"));
      check(!starts_with(value, "javascript:"));
    }
    at = value_end + 1;
  }
  check(tag.substr(at) == ">");
}

void check_html(const std::string& html) {
  std::string lower = html;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  check(lower.find("<script") == std::string::npos);
  for (std::size_t at = lower.find('<'); at != std::string::npos; at = lower.find('<', at + 1)) {
    const std::size_t end = lower.find('>', at);
    check(end != std::string::npos);
    check_tag(std::string_view(lower).substr(at, end - at + 1));
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
