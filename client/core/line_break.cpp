#include "core/line_break.h"

namespace sammen::client {
namespace {

// The code point at `i`; `length` its bytes (a malformed byte stands for itself).
char32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
  const auto byte = static_cast<unsigned char>(text[i]);
  length = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
  if (length == 1 || i + length > text.size()) {
    length = 1;
    return byte;
  }
  char32_t c = byte & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  return c;
}

// Breaks the text between two newlines, [begin, stop), into `lines`.
void break_paragraph(std::string_view text, std::size_t begin, std::size_t stop, float width,
                     const Advance& advance, std::vector<LineSpan>& lines) {
  const std::size_t lines_before = lines.size();
  const float space = advance(U' ');
  bool empty = true;  // nothing on the current line yet
  LineSpan line{begin, begin};
  float used = 0.0f;
  std::size_t i = begin;
  while (i < stop) {
    std::size_t word = i;
    float spaces = 0.0f;
    for (; word < stop && text[word] == ' '; ++word) spaces += space;
    if (word == stop) break;  // spaces at the end are dropped
    std::size_t end = word;
    float word_width = 0.0f;
    while (end < stop && text[end] != ' ') {
      std::size_t length = 1;
      word_width += advance(decode(text, end, length));
      end += length;
    }
    if (!empty && used + spaces + word_width <= width) {  // fits after a space
      used += spaces + word_width;
      line.end = end;
      i = end;
    } else if (!empty) {  // the line ends before this word
      lines.push_back(line);
      empty = true;
      i = word;
    } else if (word_width <= width) {  // first on its line
      line = {word, end};
      used = word_width;
      empty = false;
      i = end;
    } else {  // wider than a whole line: cut it where it stops fitting
      std::size_t cut = word;
      float cut_width = 0.0f;
      while (cut < end) {
        std::size_t length = 1;
        const float w = advance(decode(text, cut, length));
        if (cut > word && cut_width + w > width) break;
        cut_width += w;
        cut += length;
      }
      lines.push_back({word, cut});
      i = cut;
    }
  }
  if (!empty) lines.push_back(line);
  if (lines.size() == lines_before) lines.push_back({begin, begin});
}

}  // namespace

std::vector<LineSpan> break_lines(std::string_view text, float width, const Advance& advance) {
  std::vector<LineSpan> lines;
  std::size_t begin = 0;
  while (true) {
    const std::size_t newline = text.find('\n', begin);
    const std::size_t stop = newline == std::string_view::npos ? text.size() : newline;
    break_paragraph(text, begin, stop, width, advance, lines);
    if (newline == std::string_view::npos) break;
    begin = newline + 1;
  }
  return lines;
}

}  // namespace sammen::client
