// Pabulib text: the pieces of the .pb format below sections, shared by the
// reader: trimming, "none", fixed-point numbers and the record scanner.
//
// Numbers are read exactly as decimal fixed point (no floating point); the
// scanner splits records as Python's csv module does with ';' and '"', so a
// file reads here as it reads in pabutools.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/counting/pabulib.h"

namespace sammen::counting::pb {

constexpr std::int32_t kMaxDecimals = 9;
constexpr std::int64_t kMaxMantissa = std::int64_t{1} << 62;

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

bool equals_lower(std::string_view s, std::string_view lower);

inline bool is_none(std::string_view s) {
  return s.empty() || equals_lower(s, "none");
}

// The text in quotes for an error message, cut at 60 bytes.
std::string quoted(std::string_view s);

// Where `name` is in a header row; -1 when it is not there.
std::int32_t column_index(const std::vector<std::string>& header, std::string_view name);

// A fixed-point number: mantissa / 10^decimals.
struct Fixed {
  std::int64_t mantissa = 0;
  std::int32_t decimals = 0;
};

// "12", "969245.38", "1,5", "-3": digits with an optional '.' or ',' decimal
// separator. Trailing fractional zeros are dropped ("100.00" is 100).
std::optional<Fixed> parse_fixed(std::string_view s, bool allow_negative);
std::optional<std::int64_t> parse_int(std::string_view s);
// A whole number of points without sign or decimals, the common case.
bool plain_points(std::string_view text, std::int64_t& value);
// value * 10^(to - decimals), or nullopt on overflow.
std::optional<std::int64_t> rescale(const Fixed& f, std::int32_t to);

// Splits records the way Python's csv module does with delimiter ';' and
// quote '"' (doubled quotes inside quotes; a quoted field may span lines).
class Scanner {
 public:
  explicit Scanner(std::string_view text);

  // Next record that is not blank. false at the end or on error.
  bool next(std::vector<std::string_view>& fields, std::int64_t& line,
            std::optional<PabulibError>& error);
  // Bytes not yet read (an estimate of what is left, for reserving).
  std::size_t remaining() const { return text_.size() - pos_; }

  // The next line's fields (trimmed), when the line is plain (no quote, no
  // carriage return but one ending it) and has at most `most` of them; in
  // one pass. Nothing is consumed until skip_peeked(); line() is its number.
  bool peek_fields(std::size_t most, std::vector<std::string_view>& fields);
  void skip_peeked() {
    pos_ = peeked_end_;
    ++line_;
  }
  std::int64_t line() const { return line_; }

 private:
  void end_of_line();
  std::string& scratch();
  // A line with no quote and no carriage return but at its end: split at once.
  bool read_plain_line(std::vector<std::string_view>& fields);
  bool read_record(std::vector<std::string_view>& fields, std::optional<PabulibError>& error);
  bool read_quoted(std::vector<std::string_view>& fields, std::optional<PabulibError>& error);

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t peeked_end_ = 0;
  std::int64_t line_ = 1;
  std::deque<std::string> scratch_;  // deque: growing keeps earlier strings in place
  std::size_t scratch_used_ = 0;
};

}  // namespace sammen::counting::pb
