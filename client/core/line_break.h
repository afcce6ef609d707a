// Line breaking: where a paragraph may wrap, for the canvas's text.
//
// A line breaks only at an ASCII space (the spaces there are dropped) or at a
// '\n'. Never after '.' or ',' and never at a no-break space, so an amount
// ("1.500.000 kr.", "NOK 1,500,000", "1 500 000 kr" with no-break spaces
// from format_money) stays on one line; only a word wider than the whole
// line is cut, between two characters. Pure: the caller measures characters.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace sammen::client {

// A line as a byte range [begin, end) of the paragraph, trailing spaces excluded.
struct LineSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The advance of one Unicode code point, in the units of `width`.
using Advance = std::function<float(char32_t)>;

// The lines of `text` no wider than `width` (a word wider than `width` is cut).
// Always at least one line; an empty text is one empty line.
std::vector<LineSpan> break_lines(std::string_view text, float width, const Advance& advance);

}  // namespace sammen::client
