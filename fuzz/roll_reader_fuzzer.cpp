// libFuzzer target for the voter roll's reader (scripts/fuzz.sh builds and
// runs it), seeded with the files in fuzz/roll_seeds/.
//
// Whatever the bytes, read_roll() must return a roll or problems, never
// crash or trip a sanitizer. A roll it accepts holds only people with a
// name, an address, a birth year in range and a district of the
// municipality, at lines in order; every problem it reports names a line (or
// the file) and is said as a sentence in every language whose pattern leaves
// no placeholder unfilled (the file's own text, quoted in it, may hold braces).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sammen/core/error_table.h"
#include "sammen/rolls/roll.h"

using namespace sammen;

namespace {

void check(bool condition) {
  if (!condition) std::abort();
}

const Municipality& town() {
  static const Municipality m{
      "town", "Elvestad", "NOK", {{"sentrum", "Sentrum"}, {"ostbyen", "Østbyen"}, {"a", "Å"}}};
  return m;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  RollLimits limits;
  limits.max_lines = 2'000;
  limits.max_problems = 50;
  limits.max_field_chars = 60;
  const Result<Roll> roll = read_roll(bytes, town(), 2027, limits);
  if (!roll.ok()) {
    check(roll.problems().size() <= limits.max_problems + 1);
    for (const Problem& p : roll.problems()) {
      check(p.amount >= 0);
      for (Language language : kAllLanguages) {
        check(!sentence(p, language).empty());
        // The file's own text may hold braces: the pattern is checked with a plain subject.
        const std::string pattern_said = sentence({p.code, "x", p.amount, p.limit}, language);
        check(pattern_said.find('{') == std::string::npos);
      }
    }
    return 0;
  }
  std::int64_t line = 0;
  check(!roll.value().entries.empty());
  for (const RollEntry& e : roll.value().entries) {
    check(!e.name.empty() && !e.address.empty());
    check(e.name.size() <= 4 * limits.max_field_chars);
    check(e.birth_year >= 1900 && e.birth_year <= 2027);
    check(find_district(town(), e.district_id) != nullptr);
    check(e.line > line);
    line = e.line;
  }
  return 0;
}
