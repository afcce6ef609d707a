#include "sammen/counting/counting.h"

namespace sammen::counting {

Outcome count(const Election& election, const CountingOptions& options,
              const CompletionProgress& progress) {
  Outcome outcome;
  switch (options.rule) {
    case Rule::kGreedy:
      outcome = greedy(election, options.utility, options.tie_break, options.fund_unsupported);
      break;
    case Rule::kEqualShares:
      outcome = equal_shares(election, options.utility, options.completion, options.tie_break,
                             options.fund_unsupported, progress);
      break;
    case Rule::kPhragmen: outcome = phragmen(election, options.tie_break); break;
    case Rule::kOptimal: outcome = optimal(election, options.utility, options.tie_break); break;
  }
  outcome.options = options;
  return outcome;
}

bool natural_less(std::string_view a, std::string_view b) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      std::size_t ie = i;
      std::size_t je = j;
      while (ie < a.size() && is_digit(a[ie])) ++ie;
      while (je < b.size() && is_digit(b[je])) ++je;
      // Compare the numbers without leading zeros: longer is larger.
      std::size_t is = i;
      std::size_t js = j;
      while (is + 1 < ie && a[is] == '0') ++is;
      while (js + 1 < je && b[js] == '0') ++js;
      if (ie - is != je - js) return ie - is < je - js;
      const int c = a.substr(is, ie - is).compare(b.substr(js, je - js));
      if (c != 0) return c < 0;
      if (ie - i != je - j) return ie - i < je - j;  // "01" after "1"
      i = ie;
      j = je;
      continue;
    }
    const auto ca = static_cast<unsigned char>(a[i]);
    const auto cb = static_cast<unsigned char>(b[j]);
    if (ca != cb) return ca < cb;
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

}  // namespace sammen::counting
