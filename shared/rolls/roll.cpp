#include "sammen/rolls/roll.h"

#include <array>
#include <optional>
#include <utility>
#include <unordered_map>

#include "sammen/core/text.h"

namespace sammen {
namespace {

// Lower case, for ASCII and the Latin-1 letters Nordic names use (Æ Ø Å ...).
std::string folded(std::string_view text) {
  std::string out = ascii_lower(trimmed(text));
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    const auto lead = static_cast<unsigned char>(out[i]);
    const auto next = static_cast<unsigned char>(out[i + 1]);
    if (lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] += 0x20;
  }
  return out;
}

// A header name without case, spaces, dashes or underscores.
std::string header_key(std::string_view text) {
  std::string out;
  for (const char c : folded(text)) {
    if (c != ' ' && c != '-' && c != '_') out.push_back(c);
  }
  return out;
}

struct ColumnNames {
  std::string_view column;
  std::array<std::string_view, 8> keys;
};

constexpr ColumnNames kColumns[] = {
    {kColumnName, {"name", "navn", "fullname", "fulltnavn", "fuldtnavn"}},
    {kColumnAddress, {"address", "adresse", "postadresse", "bostedsadresse", "streetaddress"}},
    {kColumnBirth,
     {"birthdate", "birthyear", "born", "dateofbirth", "fødselsdato", "fødselsår", "født",
      "fodselsdato"}},
    {kColumnDistrict, {"district", "bydel", "distrikt", "krets", "valgkrets", "område", "omrade"}},
};

// The index of each of kColumns in the header, or the problems of the missing ones.
Result<std::array<std::size_t, 4>> find_columns(const std::vector<std::string>& header) {
  std::array<std::size_t, 4> at{};
  std::vector<Problem> missing;
  for (std::size_t c = 0; c < std::size(kColumns); ++c) {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < header.size() && !found; ++i) {
      const std::string key = header_key(header[i]);
      for (std::string_view name : kColumns[c].keys) {
        if (!name.empty() && key == name) found = i;
      }
    }
    if (found)
      at[c] = *found;
    else
      missing.push_back({ErrorCode::kRollMissingColumn, std::string(kColumns[c].column), 1});
  }
  if (!missing.empty()) return missing;
  return at;
}

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int number(std::string_view s) {
  int n = 0;
  for (const char c : s) n = n * 10 + (c - '0');
  return n;
}

bool valid_date(int year, int month, int day) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// FNV-1a: the key of a person for finding repeated lines.
std::uint64_t fingerprint(const RollEntry& e) {
  std::uint64_t h = 1469598103934665603ULL;
  const auto mix = [&](std::string_view s) {
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    h = (h ^ 0xFF) * 1099511628211ULL;
  };
  mix(folded(e.name));
  mix(folded(e.address));
  mix(std::to_string(e.birth_year));
  return h;
}

bool same_person(const RollEntry& a, const RollEntry& b) {
  return a.birth_year == b.birth_year && folded(a.name) == folded(b.name) &&
         folded(a.address) == folded(b.address);
}

bool has_control_characters(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
  }
  return false;
}

// The districts by their folded ids and names.
std::unordered_map<std::string, std::string> district_keys(const Municipality& m) {
  std::unordered_map<std::string, std::string> keys;
  for (const District& d : m.districts) {
    keys.emplace(folded(d.name), d.id);
    keys.emplace(folded(d.id), d.id);
  }
  return keys;
}

// Collects problems up to the limit and counts the lines beyond it.
class ProblemList {
 public:
  explicit ProblemList(std::size_t limit) : limit_(limit) {}
  void add(Problem p) {
    if (problems_.size() < limit_) {
      problems_.push_back(std::move(p));
    } else if (p.amount != last_line_) {
      ++more_lines_;
    }
    last_line_ = p.amount;
  }
  bool empty() const { return problems_.empty(); }
  std::vector<Problem> take() {
    if (more_lines_ > 0) problems_.push_back({ErrorCode::kRollMoreProblems, "", more_lines_});
    return std::move(problems_);
  }

 private:
  std::size_t limit_;
  std::vector<Problem> problems_;
  std::int64_t more_lines_ = 0;
  std::int64_t last_line_ = -1;
};

class RollParser {
 public:
  RollParser(const Municipality& m, int this_year, const RollLimits& limits)
      : districts_(district_keys(m)), this_year_(this_year), limits_(limits),
        problems_(limits.max_problems) {}

  Result<Roll> run(std::string_view bytes) {
    if (bytes.size() > limits_.max_bytes) {
      return Problem{ErrorCode::kRollTooLarge, "", static_cast<std::int64_t>(bytes.size()),
                     static_cast<std::int64_t>(limits_.max_bytes)};
    }
    const DecodedText decoded = decode_spreadsheet_text(bytes);
    for (std::int64_t line : decoded.bad_lines) problems_.add({ErrorCode::kRollBadEncoding, "", line});
    roll_.encoding = decoded.encoding;
    roll_.separator = detect_separator(decoded.text);
    CsvReader reader(decoded.text, roll_.separator);
    CsvRecord record;
    std::optional<Problem> problem;
    if (!reader.next(record, problem)) return Problem{ErrorCode::kRollEmpty, ""};
    if (problem) return *problem;
    Result<std::array<std::size_t, 4>> columns = find_columns(record.fields);
    if (!columns.ok()) return columns.problems();
    columns_ = columns.value();
    width_ = record.fields.size();
    while (reader.next(record, problem)) {
      if (problem) {
        problems_.add(*problem);
        break;
      }
      if (++people_ > limits_.max_lines) {
        return Problem{ErrorCode::kRollTooManyLines, "", people_, limits_.max_lines};
      }
      for (Problem& p : check_person(record)) problems_.add(std::move(p));
    }
    if (!problems_.empty()) return problems_.take();
    if (roll_.entries.empty()) return Problem{ErrorCode::kRollEmpty, ""};
    return std::move(roll_);
  }

 private:
  const std::string& field(const CsvRecord& r, std::size_t column) const {
    return r.fields[columns_[column]];
  }

  // The person on the record's line, added to the roll, or its problems.
  std::vector<Problem> check_person(CsvRecord& r) {
    const std::int64_t line = r.line;
    std::vector<Problem> found;
    const auto bad = [&](ErrorCode code, std::string subject, std::int64_t limit = 0) {
      found.push_back({code, std::move(subject), line, limit});
    };
    bool extra = false;
    for (std::size_t i = width_; i < r.fields.size(); ++i) extra = extra || !trimmed(r.fields[i]).empty();
    if (r.fields.size() < width_ || extra) {
      bad(ErrorCode::kRollColumnCount, std::to_string(r.fields.size()),
          static_cast<std::int64_t>(width_));
      return found;
    }
    for (std::size_t c = 0; c < 4; ++c) {
      const std::string& value = field(r, c);
      const std::string column(kColumns[c].column);
      if (trimmed(value).empty()) {
        bad(ErrorCode::kRollFieldEmpty, column);
      } else if (count_chars(value) > limits_.max_field_chars) {
        bad(ErrorCode::kRollFieldTooLong, column, static_cast<std::int64_t>(limits_.max_field_chars));
      } else if (has_control_characters(value)) {
        bad(ErrorCode::kRollBadEncoding, column);
      }
    }
    if (!found.empty()) return found;
    RollEntry entry{trimmed(field(r, 0)), trimmed(field(r, 1)), 0, "", line};
    const std::string birth = trimmed(field(r, 2));
    entry.birth_year = birth_year_of(birth);
    if (entry.birth_year == 0) {
      bad(ErrorCode::kRollBadBirth, first_chars(birth, 40));
    } else if (entry.birth_year < 1900 || entry.birth_year > this_year_) {
      bad(ErrorCode::kRollBirthOutOfRange, std::to_string(entry.birth_year), this_year_);
    }
    const auto district = districts_.find(folded(field(r, 3)));
    if (district == districts_.end())
      bad(ErrorCode::kRollUnknownDistrict, first_chars(trimmed(field(r, 3)), 80));
    else
      entry.district_id = district->second;
    if (!found.empty()) return found;
    const auto [seen, fresh] = seen_.try_emplace(fingerprint(entry), roll_.entries.size());
    if (!fresh && same_person(roll_.entries[seen->second], entry)) {
      bad(ErrorCode::kRollDuplicate, "", roll_.entries[seen->second].line);
      return found;
    }
    roll_.entries.push_back(std::move(entry));
    return found;
  }

  std::unordered_map<std::string, std::string> districts_;
  int this_year_;
  RollLimits limits_;
  ProblemList problems_;
  std::array<std::size_t, 4> columns_{};
  std::size_t width_ = 0;
  std::int64_t people_ = 0;
  std::unordered_map<std::uint64_t, std::size_t> seen_;
  Roll roll_;
};

}  // namespace

int birth_year_of(std::string_view text) {
  if (text.size() == 4 && digits(text)) return number(text);
  // Three parts split by one of . - /: year first (2009-04-17) or last (17.04.2009).
  const std::size_t first = text.find_first_of(".-/");
  if (first == std::string_view::npos) return 0;
  const char separator = text[first];
  const std::size_t second = text.find(separator, first + 1);
  if (second == std::string_view::npos || text.find(separator, second + 1) != std::string_view::npos)
    return 0;
  std::string_view a = text.substr(0, first), m = text.substr(first + 1, second - first - 1),
                   c = text.substr(second + 1);
  if (a.size() == 4) std::swap(a, c);  // now day, month, year
  const bool shaped = a.size() >= 1 && a.size() <= 2 && m.size() >= 1 && m.size() <= 2 &&
                      c.size() == 4 && digits(a) && digits(m) && digits(c);
  if (!shaped || !valid_date(number(c), number(m), number(a))) return 0;
  return number(c);
}

Result<Roll> read_roll(std::string_view bytes, const Municipality& municipality, int this_year,
                       const RollLimits& limits) {
  return RollParser(municipality, this_year, limits).run(bytes);
}

}  // namespace sammen
