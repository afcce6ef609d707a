#include "core/form_input.h"

#include <cctype>
#include <cstdio>
#include <cstdint>
#include <limits>

namespace sammen::client {
namespace {

bool digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

unsigned days_in_month(std::int64_t y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

// The number written by `text`'s digits, if it has only digits (at most nine).
std::optional<std::int64_t> digits_value(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  std::int64_t value = 0;
  for (char c : text) {
    if (!digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::string trimmed_text(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::optional<Money> parse_amount(std::string_view text) {
  // Only digits and separators count; letters of a currency ("kr", "NOK") may stand around them.
  std::string kept;
  bool letters_after_digits = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (digit(c) || c == '.' || c == ',') {
      if (letters_after_digits) return std::nullopt;  // "12 kr 5"
      kept.push_back(c);
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      if (!kept.empty()) letters_after_digits = true;
    } else if (c == '-') {
      return std::nullopt;
    }
    // spaces (and the bytes of a no-break space) separate thousands
  }
  if (kept.empty() || !digit(kept.front())) return std::nullopt;
  // The last separator followed by one or two digits to the end marks the minor units.
  std::int64_t minor = 0;
  const std::size_t mark = kept.find_last_of(".,");
  if (mark != std::string::npos) {
    const std::size_t after = kept.size() - mark - 1;
    if (after == 1 || after == 2) {
      const std::string fraction = kept.substr(mark + 1);
      if (fraction.find_first_of(".,") != std::string::npos) return std::nullopt;
      minor = std::stoll(fraction) * (after == 1 ? 10 : 1);
      kept.resize(mark);
    }
  }
  std::int64_t whole = 0;
  for (char c : kept) {
    if (!digit(c)) continue;  // thousands separators
    if (whole > (std::numeric_limits<std::int64_t>::max() / 100 - 9) / 10) return std::nullopt;
    whole = whole * 10 + (c - '0');
  }
  return whole * 100 + minor;
}

std::string amount_text(Money amount) {
  std::string text = std::to_string(amount / 100);
  if (const Money minor = amount % 100; minor != 0) {
    text += minor < 10 ? ",0" : ",";
    text += std::to_string(minor);
  }
  return text;
}

std::optional<UnixSeconds> parse_date(std::string_view text) {
  const std::string t = trimmed_text(text);
  std::optional<std::int64_t> y, m, d;
  if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
    y = digits_value(std::string_view(t).substr(0, 4));
    m = digits_value(std::string_view(t).substr(5, 2));
    d = digits_value(std::string_view(t).substr(8, 2));
  } else if (t.size() == 10 && t[2] == '.' && t[5] == '.') {
    d = digits_value(std::string_view(t).substr(0, 2));
    m = digits_value(std::string_view(t).substr(3, 2));
    y = digits_value(std::string_view(t).substr(6, 4));
  }
  if (!y || !m || !d || *y < 1970 || *m < 1 || *m > 12 || *d < 1) return std::nullopt;
  if (*d > days_in_month(*y, static_cast<unsigned>(*m))) return std::nullopt;
  return days_from_civil(*y, static_cast<unsigned>(*m), static_cast<unsigned>(*d)) * 86400;
}

std::string date_text(UnixSeconds moment) {
  // Hinnant's civil_from_days.
  std::int64_t z = (moment >= 0 ? moment : moment - 86399) / 86400 + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buffer;
}

std::optional<int> parse_whole(std::string_view text) {
  const std::optional<std::int64_t> value = digits_value(trimmed_text(text));
  if (!value) return std::nullopt;
  return static_cast<int>(*value);
}

}  // namespace sammen::client
