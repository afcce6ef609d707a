#include "sammen/core/money.h"

#include <cstdlib>

#include "sammen/core/language.h"

namespace sammen {
namespace {

// Digits of `value` with `separator` between groups of three.
std::string group_digits(std::uint64_t value, std::string_view separator) {
  std::string digits = std::to_string(value);
  std::string out;
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    out.append(separator);
    out.append(digits, i, 3);
  }
  return out;
}

std::string two_digits(std::uint64_t value) {
  return value < 10 ? "0" + std::to_string(value) : std::to_string(value);
}

}  // namespace

std::string format_money(Money amount, std::string_view currency, Language language) {
  const bool negative = amount < 0;
  // Work in unsigned so the most negative value formats too.
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
  const std::uint64_t whole = magnitude / 100;
  const std::uint64_t minor = magnitude % 100;
  const bool krone = currency == "NOK" || currency == "DKK" || currency == "SEK";

  std::string number;
  switch (language) {
    case Language::kNorwegianBokmal:
      // Norwegian groups with a no-break space and uses a decimal comma.
      number = group_digits(whole, "\u00a0");
      if (minor != 0) number += "," + two_digits(minor);
      break;
    case Language::kDanish:
      number = group_digits(whole, ".");
      if (minor != 0) number += "," + two_digits(minor);
      break;
    case Language::kEnglish:
      number = group_digits(whole, ",");
      if (minor != 0) number += "." + two_digits(minor);
      break;
  }
  const std::string sign = negative ? "-" : "";
  if (language == Language::kEnglish || !krone) {
    return sign + std::string(currency) + "\u00a0" + number;
  }
  return sign + number + (language == Language::kDanish ? "\u00a0kr." : "\u00a0kr");
}

}  // namespace sammen
