// UTF-8: where well-formed text is, in bytes that came from outside.
//
// A well-formed sequence is 1 to 4 bytes with no overlong form, no surrogate
// and no code point past U+10FFFF. Pure functions, no allocation.
#pragma once

#include <cstddef>
#include <string_view>

namespace sammen::server {

// The length of the well-formed sequence that starts at text[at], or 0 when
// the bytes there are not one (or `at` is past the end).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

// True when all of `text` is well-formed UTF-8.
bool valid_utf8(std::string_view text);

}  // namespace sammen::server
