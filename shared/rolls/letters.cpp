#include "sammen/rolls/letters.h"

#include "sammen/rolls/messages.h"

namespace sammen {
namespace {

std::string say(std::string_view key, const Audience& audience, MessageArgs args = {}) {
  return render(roll_messages(), key, args, audience);
}

// One CSV field: quoted, quotes doubled, and never a formula.
void append_csv_field(std::string& out, std::string_view text) {
  out += '"';
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
    out += '\'';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_csv_row(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out += ';';
    append_csv_field(out, f);
    first = false;
  }
  out += "\r\n";
}

constexpr const char* kPageStyle =
    "@page{size:A4;margin:25mm}"
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;line-height:1.45}"
    ".letter{page-break-after:always;break-after:page;max-width:42em}"
    ".recipient{margin:0 0 3em}"
    ".code{font-family:'DejaVu Sans Mono',monospace;font-size:20pt;letter-spacing:.12em;"
    "border:1px solid #000;padding:.4em .8em;display:inline-block}";

}  // namespace

std::string html_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string letters_csv(const std::vector<Letter>& letters, Language language) {
  const Audience audience{language};
  std::string out = "\xEF\xBB\xBF";
  out.reserve(letters.size() * 96);
  append_csv_row(out, {say("csv.name", audience), say("csv.address", audience),
                       say("csv.district", audience), say("csv.code", audience)});
  for (const Letter& l : letters) append_csv_row(out, {l.name, l.address, l.district, l.code});
  return out;
}

std::string letters_html(const std::vector<Letter>& letters, const LetterFrame& frame) {
  const Audience audience{frame.language};
  const std::string heading = html_escaped(say("letter.heading", audience));
  const std::string body = html_escaped(
      say("letter.body", audience,
          {{"process", frame.process_title}, {"municipality", frame.municipality},
           {"url", frame.vote_url}}));
  const std::string keep = html_escaped(say("letter.keep", audience));
  const std::string label = html_escaped(say("letter.code_label", audience));
  std::string out;
  out.reserve(letters.size() * (body.size() + keep.size() + 400));
  out += "<!DOCTYPE html>\n<html lang=\"" + std::string(language_tag(frame.language)) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + heading + " – " +
         html_escaped(frame.process_title) + "</title>\n<style>" + kPageStyle +
         "</style>\n</head>\n<body>\n";
  for (const Letter& l : letters) {
    out += "<section class=\"letter\">\n<p class=\"recipient\">" + html_escaped(l.name) + "<br>" +
           html_escaped(l.address) + "</p>\n<h1>" + heading + "</h1>\n<p>" +
           html_escaped(say("letter.greeting", audience, {{"name", l.name}})) + "</p>\n<p>" +
           body + "</p>\n<p>" + label + " (" + html_escaped(l.district) +
           "):</p>\n<p class=\"code\">" + html_escaped(l.code) + "</p>\n<p>" + keep +
           "</p>\n</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace sammen
