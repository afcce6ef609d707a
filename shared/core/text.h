// Text: the few things the model measures and tidies in UTF-8 text.
//
// Lengths that people see are counted in characters (Unicode code points),
// never bytes; trimming removes spaces, tabs and line ends at both ends.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sammen {

// Characters (Unicode code points) of UTF-8 text.
std::size_t count_chars(std::string_view text);

// `text` without leading and trailing spaces, tabs and line ends.
std::string trimmed(std::string_view text);

// At most `chars` characters of `text`, never cutting one in two.
std::string first_chars(std::string_view text, std::size_t chars);

// ASCII letters in lower case; every other byte as it is.
std::string ascii_lower(std::string_view text);

}  // namespace sammen
