#include "core/markdown.h"

#include <cmark.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "core/html.h"

namespace sammen::server {
namespace {

constexpr const char* kLinkRel = "nofollow ugc noopener noreferrer";
constexpr std::string_view kIndent = "\u00a0\u00a0";  // no-break: the canvas keeps it

struct FreeNode {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct FreeIter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using Document = std::unique_ptr<cmark_node, FreeNode>;
using Walk = std::unique_ptr<cmark_iter, FreeIter>;

// The text cut to the limit at a character boundary, parsed.
Document parse(std::string_view markdown) {
  if (markdown.size() > kMarkdownMaxBytes) {
    std::size_t cut = kMarkdownMaxBytes;
    for (int back = 0; back < 3 && (static_cast<unsigned char>(markdown[cut]) & 0xC0) == 0x80;
         ++back)
      --cut;
    markdown = markdown.substr(0, cut);
  }
  return Document(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_VALIDATE_UTF8));
}

std::string_view literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text != nullptr ? std::string_view(text) : std::string_view();
}

std::string_view url_of(cmark_node* node) {
  const char* url = cmark_node_get_url(node);
  return url != nullptr ? std::string_view(url) : std::string_view();
}

bool is_container(cmark_node_type type) {
  return type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM;
}

// Paragraphs in the items of a tight list are not wrapped in <p>.
bool in_tight_item(cmark_node* paragraph) {
  cmark_node* item = cmark_node_parent(paragraph);
  if (item == nullptr || cmark_node_get_type(item) != CMARK_NODE_ITEM) return false;
  cmark_node* list = cmark_node_parent(item);
  return list != nullptr && cmark_node_get_list_tight(list) != 0;
}

std::string heading_tag(cmark_node* heading, int top_heading, bool closing) {
  const int level = std::clamp(cmark_node_get_heading_level(heading) + top_heading - 1, 2, 6);
  return std::string(closing ? "</h" : "<h") + std::to_string(level) + ">";
}

class HtmlWriter {
 public:
  explicit HtmlWriter(int top_heading) : top_heading_(std::clamp(top_heading, 2, 6)) {}

  void node(cmark_node* node, bool entering) {
    const cmark_node_type type = cmark_node_get_type(node);
    if (is_container(type)) {
      if (entering) ++depth_;
      if (depth_ <= kMarkdownMaxNesting) container(node, type, entering);
      if (!entering) --depth_;
      return;
    }
    switch (type) {
      case CMARK_NODE_PARAGRAPH:
        if (!in_tight_item(node)) out_ += entering ? "<p>" : "</p>\n";
        break;
      case CMARK_NODE_HEADING:
        out_ += heading_tag(node, top_heading_, !entering);
        if (!entering) out_ += "\n";
        break;
      case CMARK_NODE_CODE_BLOCK:
        out_ += "<pre><code>" + escape(literal(node)) + "</code></pre>\n";
        break;
      case CMARK_NODE_HTML_BLOCK:  // shown as what was typed
        out_ += "<p>" + escape(trimmed(literal(node))) + "</p>\n";
        break;
      case CMARK_NODE_THEMATIC_BREAK: out_ += "<hr>\n"; break;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_HTML_INLINE: out_ += escape(literal(node)); break;
      case CMARK_NODE_CODE: out_ += "<code>" + escape(literal(node)) + "</code>"; break;
      case CMARK_NODE_SOFTBREAK: out_ += "\n"; break;
      case CMARK_NODE_LINEBREAK: out_ += "<br>\n"; break;
      case CMARK_NODE_EMPH: out_ += entering ? "<em>" : "</em>"; break;
      case CMARK_NODE_STRONG: out_ += entering ? "<strong>" : "</strong>"; break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: link(node, entering); break;
      default:  // the document; custom nodes (never made without extensions)
        break;
    }
  }

  std::string take() { return std::move(out_); }

 private:
  static std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    return text;
  }

  void container(cmark_node* node, cmark_node_type type, bool entering) {
    if (entering && type != CMARK_NODE_ITEM && !out_.empty() && out_.back() != '\n') out_ += "\n";
    if (type == CMARK_NODE_BLOCK_QUOTE) {
      out_ += entering ? "<blockquote>\n" : "</blockquote>\n";
    } else if (type == CMARK_NODE_ITEM) {
      out_ += entering ? "<li>" : "</li>\n";
    } else if (cmark_node_get_list_type(node) == CMARK_ORDERED_LIST) {
      const int start = cmark_node_get_list_start(node);
      if (!entering) {
        out_ += "</ol>\n";
      } else {
        out_ += start == 1 ? "<ol>\n" : "<ol start=\"" + std::to_string(start) + "\">\n";
      }
    } else {
      out_ += entering ? "<ul>\n" : "</ul>\n";
    }
  }

  // A link, or an image as a link to it, when its address is safe and no
  // link is open around it already (links do not nest).
  void link(cmark_node* node, bool entering) {
    if (!entering) {
      if (anchors_.back()) out_ += "</a>";
      anchors_.pop_back();
      return;
    }
    const std::optional<std::string> href = safe_link(url_of(node));
    const bool open = href && std::find(anchors_.begin(), anchors_.end(), true) == anchors_.end();
    anchors_.push_back(open);
    if (!open) return;
    out_ += "<a href=\"" + escape(*href) + "\" rel=\"" + kLinkRel + "\">";
    if (cmark_node_first_child(node) == nullptr) out_ += escape(*href);  // a link needs a name
  }

  int top_heading_;
  int depth_ = 0;
  std::vector<bool> anchors_;  // per open link or image: whether an <a> was written
  std::string out_;
};

// The plain text writer: blocks apart by a blank line (a line break inside
// a tight list), each list level and quote indented, items with a bullet
// or their number.
class TextWriter {
 public:
  void node(cmark_node* node, bool entering) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_BLOCK_QUOTE: indent_ += entering ? 1 : -1; break;
      case CMARK_NODE_LIST:
        if (entering) {
          lists_.push_back({cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                            cmark_node_get_list_start(node), cmark_node_get_list_tight(node) != 0});
        } else {
          lists_.pop_back();
        }
        break;
      case CMARK_NODE_ITEM:
        if (entering) {
          List& list = lists_.back();
          marker_ = list.ordered ? std::to_string(list.next++) + ". " : "\u2022 ";
        }
        break;
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
        if (entering) begin_block();
        break;
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK: {
        begin_block();
        std::string_view text = literal(node);
        while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
        out_ += text;
        break;
      }
      case CMARK_NODE_THEMATIC_BREAK:
        begin_block();
        out_ += "\u2014\u2014\u2014";
        break;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE: out_ += literal(node); break;
      case CMARK_NODE_SOFTBREAK: out_ += " "; break;
      case CMARK_NODE_LINEBREAK: out_ += "\n"; break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        if (entering) {
          link_starts_.push_back(out_.size());
        } else {
          link_end(node);
        }
        break;
      default: break;
    }
  }

  std::string take() { return std::move(out_); }

 private:
  struct List {
    bool ordered;
    int next;
    bool tight;
  };

  // Blocks of one tight list (and its nested lists) are a line apart.
  void begin_block() {
    const bool tight = !lists_.empty() && lists_.back().tight && last_lists_ > 0;
    last_lists_ = lists_.size();
    if (!out_.empty()) out_ += tight ? "\n" : "\n\n";
    const std::size_t levels = indent_ + (lists_.empty() ? 0 : lists_.size() - 1);
    for (std::size_t i = 0; i < std::min<std::size_t>(levels, kMarkdownMaxNesting); ++i)
      out_ += kIndent;
    if (!lists_.empty()) out_ += marker_.empty() ? std::string(kIndent) : marker_;
    marker_.clear();
  }

  // "text (address)" when the address is safe and not the text itself.
  void link_end(cmark_node* node) {
    const std::size_t start = link_starts_.back();
    link_starts_.pop_back();
    const std::optional<std::string> href = safe_link(url_of(node));
    if (!href) return;
    const std::string_view text = std::string_view(out_).substr(start);
    if (text.empty()) {
      out_ += *href;
    } else if (text != *href && "mailto:" + std::string(text) != *href) {
      out_ += " (" + *href + ")";
    }
  }

  std::size_t indent_ = 0;
  std::vector<List> lists_;
  std::size_t last_lists_ = 0;  // lists around the block before
  std::string marker_;  // the bullet or number of the item whose first block comes next
  std::vector<std::size_t> link_starts_;
  std::string out_;
};

template <typename Writer>
std::string render(std::string_view markdown, Writer writer) {
  const Document document = parse(markdown);
  if (!document) return "";
  const Walk walk(cmark_iter_new(document.get()));
  for (cmark_event_type event; (event = cmark_iter_next(walk.get())) != CMARK_EVENT_DONE;)
    writer.node(cmark_iter_get_node(walk.get()), event == CMARK_EVENT_ENTER);
  return writer.take();
}

}  // namespace

std::string markdown_to_safe_html(std::string_view markdown, int top_heading) {
  return render(markdown, HtmlWriter(top_heading));
}

std::string markdown_to_plain_text(std::string_view markdown) {
  return render(markdown, TextWriter());
}

std::optional<std::string> safe_link(std::string_view url) {
  const auto blank = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!url.empty() && blank(url.front())) url.remove_prefix(1);
  while (!url.empty() && blank(url.back())) url.remove_suffix(1);
  std::string cleaned;
  for (const char c : url) {
    if (c == '\t' || c == '\n' || c == '\r') continue;  // browsers drop them
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return std::nullopt;
    if (c == ' ') {
      cleaned += "%20";
    } else {
      cleaned.push_back(c);
    }
  }
  const std::size_t colon = cleaned.find(':');
  if (colon == std::string::npos || colon == 0) return std::nullopt;  // relative
  std::string scheme;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = cleaned[i];
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter) return std::nullopt;  // not a scheme: a relative address
    scheme.push_back(static_cast<char>(c | 0x20));
  }
  if (scheme != "http" && scheme != "https" && scheme != "mailto") return std::nullopt;
  if (cleaned.size() == colon + 1) return std::nullopt;  // nothing after the scheme
  return cleaned;
}

}  // namespace sammen::server
