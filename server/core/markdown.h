// Markdown: the text residents write (a proposal's description, an update)
// rendered for the HTML path and for the canvas client, safely.
//
// CommonMark (cmark) reads at most kMarkdownMaxBytes of the text (cut at a
// character boundary before parsing); bytes that are not UTF-8 become
// U+FFFD. markdown_to_safe_html() writes only its own tags (p, h2-h6, ul,
// ol, li, blockquote, pre, code, em, strong, a, br, hr): raw HTML the
// resident wrote is shown escaped, as the characters they typed; a link is
// made only to an absolute http, https or mailto address (safe_link());
// an image is never loaded, it becomes a link to its address with its
// description as the text (nothing the resident writes makes a reader's
// browser fetch from another server); headings start at `top_heading`
// (never h1, which is the page's own); nesting deeper than
// kMarkdownMaxNesting is flattened. The output is always valid UTF-8.
// markdown_to_plain_text() is the same text for a client that draws text
// itself: paragraphs apart by a blank line, list items on their own lines
// with a bullet or number, links as "text (address)". Pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sammen::server {

inline constexpr std::size_t kMarkdownMaxBytes = 32 * 1024;
inline constexpr int kMarkdownMaxNesting = 16;

// HTML for inside an element of the page (an <article> or <section>).
// `top_heading` (2 to 6) is the level of the text's "# " headings.
std::string markdown_to_safe_html(std::string_view markdown, int top_heading = 3);

// Plain text with '\n' between lines.
std::string markdown_to_plain_text(std::string_view markdown);

// `url` as a link may point to it: an absolute http:, https: or mailto:
// address (scheme in any case; ASCII tabs and line breaks, which browsers
// drop, dropped first; surrounding spaces trimmed); none for anything else
// (javascript:, data:, vbscript:, relative addresses, control characters).
std::optional<std::string> safe_link(std::string_view url);

}  // namespace sammen::server
