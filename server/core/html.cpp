#include "core/html.h"

#include "core/utf8.h"

namespace sammen::server {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      out += "\uFFFD";
      ++i;
      continue;
    }
    if (length == 1) {
      switch (text[i]) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\0': out += "\uFFFD"; break;
        default: out.push_back(text[i]);
      }
    } else {
      out.append(text, i, length);
    }
    i += length;
  }
  return out;
}

std::string escape_in(std::string_view text, std::optional<Language> written_in,
                      Language page_language) {
  if (!written_in || *written_in == page_language) return escape(text);
  return "<span lang=\"" + std::string(language_tag(*written_in)) + "\">" + escape(text) +
         "</span>";
}

}  // namespace sammen::server
