#include <algorithm>
#include <deque>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "sammen/counting/pabulib.h"

namespace sammen::counting {
namespace {

constexpr std::int32_t kMaxDecimals = 9;
constexpr std::int64_t kMaxMantissa = std::int64_t{1} << 62;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

bool equals_lower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool is_none(std::string_view s) {
  return s.empty() || equals_lower(s, "none");
}

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (const char c : s.substr(0, 60)) {
    out.push_back(static_cast<unsigned char>(c) < 0x20 ? '?' : c);
  }
  if (s.size() > 60) out += "...";
  out += "\"";
  return out;
}

// A fixed-point number: mantissa / 10^decimals.
struct Fixed {
  std::int64_t mantissa = 0;
  std::int32_t decimals = 0;
};

// "12", "969245.38", "1,5", "-3": digits with an optional '.' or ',' decimal
// separator. Trailing fractional zeros are dropped ("100.00" is 100).
std::optional<Fixed> parse_fixed(std::string_view s, bool allow_negative) {
  s = trim(s);
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || (negative && !allow_negative)) return std::nullopt;
  std::size_t dot = s.find_first_of(".,");
  std::string_view whole = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  if (whole.empty() && frac.empty()) return std::nullopt;
  while (!frac.empty() && frac.back() == '0') frac.remove_suffix(1);
  if (frac.size() > static_cast<std::size_t>(kMaxDecimals)) return std::nullopt;
  Fixed out;
  for (const std::string_view part : {whole, frac}) {
    for (const char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      if (out.mantissa > (kMaxMantissa - 9) / 10) return std::nullopt;
      out.mantissa = out.mantissa * 10 + (c - '0');
    }
  }
  out.decimals = static_cast<std::int32_t>(frac.size());
  if (negative) out.mantissa = -out.mantissa;
  return out;
}

std::optional<std::int64_t> parse_int(std::string_view s) {
  const std::optional<Fixed> f = parse_fixed(s, true);
  if (!f || f->decimals != 0) return std::nullopt;
  return f->mantissa;
}

// value * 10^(to - from), or nullopt on overflow.
std::optional<std::int64_t> rescale(const Fixed& f, std::int32_t to) {
  std::int64_t v = f.mantissa;
  for (std::int32_t i = f.decimals; i < to; ++i) {
    if (v > kMaxMantissa / 10 || v < -kMaxMantissa / 10) return std::nullopt;
    v *= 10;
  }
  return v;
}

// Splits records the way Python's csv module does with delimiter ';' and
// quote '"' (doubled quotes inside quotes; a quoted field may span lines).
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
  }

  // Next record that is not blank. false at the end or on error.
  bool next(std::vector<std::string_view>& fields, std::int64_t& line,
            std::optional<PabulibError>& error) {
    while (pos_ < text_.size()) {
      fields.clear();
      scratch_used_ = 0;
      line = line_;
      if (!read_record(fields, error)) return false;
      bool blank = true;
      for (const std::string_view f : fields) {
        if (!f.empty()) {
          blank = false;
          break;
        }
      }
      if (!blank) return true;
    }
    return false;
  }

 private:
  void end_of_line() {
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    ++line_;
  }

  std::string& scratch() {
    if (scratch_used_ == scratch_.size()) scratch_.emplace_back();
    std::string& s = scratch_[scratch_used_++];
    s.clear();
    return s;
  }

  bool read_record(std::vector<std::string_view>& fields, std::optional<PabulibError>& error) {
    for (;;) {
      if (pos_ < text_.size() && text_[pos_] == '"') {
        if (!read_quoted(fields, error)) return false;
      } else {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && text_[pos_] != ';' && text_[pos_] != '\n' &&
               text_[pos_] != '\r') {
          ++pos_;
        }
        fields.push_back(trim(text_.substr(start, pos_ - start)));
      }
      if (pos_ >= text_.size()) return true;
      if (text_[pos_] == ';') {
        ++pos_;
        continue;
      }
      end_of_line();
      return true;
    }
  }

  bool read_quoted(std::vector<std::string_view>& fields, std::optional<PabulibError>& error) {
    const std::int64_t opened = line_;
    ++pos_;  // opening quote
    const std::size_t start = pos_;
    std::string* built = nullptr;
    std::size_t run = start;  // start of the stretch not yet copied into *built
    for (;;) {
      if (pos_ >= text_.size()) {
        error = PabulibError{opened, "a quoted field is never closed"};
        return false;
      }
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          if (built == nullptr) built = &scratch();
          built->append(text_.substr(run, pos_ + 1 - run));
          pos_ += 2;
          run = pos_;
          continue;
        }
        break;
      }
      if (c == '\n' || (c == '\r' && !(pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n'))) {
        ++line_;
      }
      ++pos_;
    }
    std::string_view inside = text_.substr(run, pos_ - run);
    ++pos_;  // closing quote
    // Like Python's csv: text after the closing quote belongs to the field.
    const std::size_t tail = pos_;
    while (pos_ < text_.size() && text_[pos_] != ';' && text_[pos_] != '\n' &&
           text_[pos_] != '\r') {
      ++pos_;
    }
    if (built == nullptr && pos_ == tail) {
      fields.push_back(trim(text_.substr(start, run + inside.size() - start)));
      return true;
    }
    if (built == nullptr) built = &scratch();
    built->append(inside);
    built->append(text_.substr(tail, pos_ - tail));
    fields.push_back(trim(*built));
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::int64_t line_ = 1;
  std::deque<std::string> scratch_;  // deque: growing keeps earlier strings in place
  std::size_t scratch_used_ = 0;
};

enum class Section { kNone, kMeta, kProjects, kVotes };

class Reader {
 public:
  Reader(std::string_view text, const PabulibReadOptions& options)
      : scanner_(text), options_(options) {}

  PabulibResult read() {
    std::vector<std::string_view> row;
    std::int64_t line = 0;
    std::optional<PabulibError> error;
    bool want_header = false;
    while (scanner_.next(row, line, error)) {
      if (const std::optional<Section> s = section_of(row)) {
        if (seen_[static_cast<int>(*s)]) return fail(line, "a second " + name(*s) + " section");
        seen_[static_cast<int>(*s)] = true;
        section_ = *s;
        want_header = true;
        continue;
      }
      if (want_header) {
        want_header = false;
        if (section_ == Section::kMeta) {
          if (row.size() >= 2 && equals_lower(row[0], "key") && equals_lower(row[1], "value"))
            continue;
        } else {
          if (!header(row, line)) return std::move(*error_);
          continue;
        }
      }
      bool ok = true;
      switch (section_) {
        case Section::kNone:
          return fail(line, "data before the first section (META, PROJECTS or VOTES)");
        case Section::kMeta: ok = meta(row, line); break;
        case Section::kProjects: ok = project(row, line); break;
        case Section::kVotes: ok = vote(row, line); break;
      }
      if (!ok) return std::move(*error_);
    }
    if (error) return std::move(*error);
    if (want_header && section_ != Section::kMeta) {
      return fail(line, name(section_) + " has no header row");
    }
    if (!finish()) return std::move(*error_);
    return std::move(out_);
  }

 private:
  static std::string name(Section s) {
    switch (s) {
      case Section::kMeta: return "META";
      case Section::kProjects: return "PROJECTS";
      case Section::kVotes: return "VOTES";
      case Section::kNone: break;
    }
    return "?";
  }

  static std::optional<Section> section_of(const std::vector<std::string_view>& row) {
    for (std::size_t i = 1; i < row.size(); ++i) {
      if (!row[i].empty()) return std::nullopt;
    }
    if (equals_lower(row[0], "meta")) return Section::kMeta;
    if (equals_lower(row[0], "projects")) return Section::kProjects;
    if (equals_lower(row[0], "votes")) return Section::kVotes;
    return std::nullopt;
  }

  PabulibError fail(std::int64_t line, std::string message) {
    return PabulibError{line, std::move(message)};
  }

  bool error(std::int64_t line, std::string message) {
    error_ = PabulibError{line, std::move(message)};
    return false;
  }

  static std::int32_t column(const std::vector<std::string>& header, std::string_view name) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return static_cast<std::int32_t>(i);
    }
    return -1;
  }

  bool header(const std::vector<std::string_view>& row, std::int64_t line) {
    std::vector<std::string>& columns =
        section_ == Section::kProjects ? out_.project_columns : out_.vote_columns;
    columns.clear();
    for (const std::string_view f : row) {
      if (std::find(columns.begin(), columns.end(), f) != columns.end()) {
        return error(line,
                     name(section_) + ": column " + quoted(f) + " appears twice in the header");
      }
      columns.emplace_back(f);
    }
    if (section_ == Section::kProjects) {
      project_id_col_ = column(columns, "project_id");
      cost_col_ = column(columns, "cost");
      name_col_ = column(columns, "name");
      if (project_id_col_ < 0) return error(line, "PROJECTS: the header has no project_id column");
      if (cost_col_ < 0) return error(line, "PROJECTS: the header has no cost column");
      return true;
    }
    // VOTES: the vote type (from META) says how to read the ballots.
    if (!seen_[static_cast<int>(Section::kProjects)]) {
      return error(line, "VOTES: the PROJECTS section must come before VOTES");
    }
    if (!vote_type_known_) {
      return error(line, "VOTES: META has no vote_type (approval, cumulative, scoring or ordinal)");
    }
    voter_id_col_ = column(columns, "voter_id");
    vote_col_ = column(columns, "vote");
    points_col_ = -1;
    if (vote_col_ < 0) return error(line, "VOTES: the header has no vote column");
    const VoteType type = out_.election.vote_type;
    if (type == VoteType::kCumulative || type == VoteType::kScoring) {
      points_col_ = column(columns, "points");
      if (points_col_ < 0) {
        return error(line, std::string("VOTES: the header has no points column, which ") +
                               vote_type_name(type) + " ballots need");
      }
    }
    index_.clear();
    index_.reserve(out_.election.projects.size() * 2);
    for (std::size_t p = 0; p < out_.election.projects.size(); ++p) {
      index_.emplace(out_.election.projects[p].id, static_cast<std::int32_t>(p));
    }
    seen_in_ballot_.assign(out_.election.projects.size(), -1);
    return true;
  }

  bool meta(const std::vector<std::string_view>& row, std::int64_t line) {
    if (row.size() < 2) {
      return error(line, "META: expected key;value, found only " + quoted(row[0]));
    }
    std::string value(row[1]);
    for (std::size_t i = 2; i < row.size(); ++i) {  // unquoted ';' inside a value
      if (row[i].empty() && i + 1 == row.size()) break;
      value += ";";
      value += row[i];
    }
    std::string key(row[0]);
    for (const auto& [k, v] : out_.meta) {
      if (k == key) return error(line, "META: key " + quoted(key) + " appears twice");
    }
    if (key == "vote_type") {
      if (value == "approval" || value == "choose-1") {
        out_.election.vote_type = VoteType::kApproval;
      } else if (value == "cumulative") {
        out_.election.vote_type = VoteType::kCumulative;
      } else if (value == "scoring") {
        out_.election.vote_type = VoteType::kScoring;
      } else if (value == "ordinal") {
        out_.election.vote_type = VoteType::kOrdinal;
      } else {
        return error(line, "META: unknown vote_type " + quoted(value) +
                               " (expected approval, cumulative, scoring or ordinal)");
      }
      vote_type_known_ = true;
    }
    meta_lines_.push_back(line);
    out_.meta.emplace_back(std::move(key), std::move(value));
    return true;
  }

  bool project(const std::vector<std::string_view>& row, std::int64_t line) {
    const std::vector<std::string>& columns = out_.project_columns;
    if (row.size() > columns.size()) {
      return error(line, "PROJECTS: " + std::to_string(row.size()) + " fields but the header has " +
                             std::to_string(columns.size()) + " columns");
    }
    const std::string_view id = static_cast<std::size_t>(project_id_col_) < row.size()
                                    ? row[project_id_col_]
                                    : std::string_view{};
    if (is_none(id)) return error(line, "PROJECTS: empty project_id");
    const std::string_view cost_text =
        static_cast<std::size_t>(cost_col_) < row.size() ? row[cost_col_] : std::string_view{};
    const std::optional<Fixed> cost = parse_fixed(cost_text, false);
    if (!cost) {
      return error(line, "PROJECTS: cost of project " + quoted(id) +
                             " is not a non-negative number: " + quoted(cost_text));
    }
    ElectionProject p;
    p.id = std::string(id);
    if (name_col_ >= 0 && static_cast<std::size_t>(name_col_) < row.size() &&
        !is_none(row[name_col_])) {
      p.name = std::string(row[name_col_]);
    }
    if (!ids_.emplace(p.id, static_cast<std::int32_t>(out_.election.projects.size())).second) {
      return error(line, "PROJECTS: project id " + quoted(id) + " appears twice");
    }
    out_.election.projects.push_back(std::move(p));
    costs_.push_back(*cost);
    project_lines_.push_back(line);
    std::vector<std::string> fields(columns.size());
    for (std::size_t i = 0; i < row.size(); ++i) fields[i] = std::string(row[i]);
    out_.project_fields.push_back(std::move(fields));
    return true;
  }

  bool vote(const std::vector<std::string_view>& row, std::int64_t line) {
    const std::vector<std::string>& columns = out_.vote_columns;
    if (row.size() > columns.size()) {
      return error(line, "VOTES: " + std::to_string(row.size()) + " fields but the header has " +
                             std::to_string(columns.size()) + " columns");
    }
    auto field = [&](std::int32_t col) {
      return col >= 0 && static_cast<std::size_t>(col) < row.size() ? row[col] : std::string_view{};
    };
    const auto ballot_index = static_cast<std::int32_t>(out_.election.ballots.size());
    ElectionBallot ballot;
    const std::string_view vote_text = field(vote_col_);
    const std::string_view points_text = field(points_col_);
    std::size_t listed = 0;
    std::vector<std::int32_t>& listed_projects = listed_;
    listed_projects.clear();
    if (!is_none(vote_text)) {
      std::size_t start = 0;
      while (start <= vote_text.size()) {
        std::size_t comma = vote_text.find(',', start);
        if (comma == std::string_view::npos) comma = vote_text.size();
        const std::string_view id = trim(vote_text.substr(start, comma - start));
        start = comma + 1;
        if (id.empty()) continue;
        const auto it = index_.find(id);
        if (it == index_.end()) {
          return error(line, "VOTES: unknown project " + quoted(id) + " in column vote");
        }
        ++listed;
        listed_projects.push_back(it->second);
      }
    }
    const bool weighted = points_col_ >= 0;
    std::vector<Fixed>& points = points_;
    points.clear();
    if (weighted && !is_none(points_text)) {
      std::size_t start = 0;
      while (start <= points_text.size()) {
        std::size_t comma = points_text.find(',', start);
        if (comma == std::string_view::npos) comma = points_text.size();
        const std::string_view text = trim(points_text.substr(start, comma - start));
        start = comma + 1;
        if (text.empty()) continue;
        const std::optional<Fixed> f = parse_fixed(text, true);
        if (!f) return error(line, "VOTES: points " + quoted(text) + " is not a number");
        points.push_back(*f);
      }
    }
    if (weighted && points.size() != listed) {
      return error(line, "VOTES: " + std::to_string(listed) + " projects in vote but " +
                             std::to_string(points.size()) + " numbers in points");
    }
    ballot.projects.reserve(listed);
    if (weighted) ballot.points.reserve(listed);
    for (const Fixed& f : points) {
      if (f.decimals > out_.election.points_decimals && !raise_points_decimals(f.decimals, line)) {
        return false;
      }
    }
    for (std::size_t i = 0; i < listed_projects.size(); ++i) {
      const std::int32_t p = listed_projects[i];
      if (seen_in_ballot_[p] == ballot_index) continue;  // listed twice: counted once
      seen_in_ballot_[p] = ballot_index;
      ballot.projects.push_back(p);
      if (weighted) {
        const std::optional<std::int64_t> v = rescale(points[i], out_.election.points_decimals);
        if (!v) return error(line, "VOTES: points too large");
        ballot.points.push_back(*v);
      }
    }
    out_.election.ballots.push_back(std::move(ballot));
    const std::string_view voter = field(voter_id_col_);
    out_.voter_ids.emplace_back(is_none(voter) ? std::string_view{} : voter);
    if (options_.keep_voter_details) {
      std::vector<std::string> extra;
      for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto c = static_cast<std::int32_t>(i);
        if (c == voter_id_col_ || c == vote_col_ || c == points_col_) continue;
        extra.emplace_back(field(c));
      }
      out_.voter_fields.push_back(std::move(extra));
    }
    return true;
  }

  bool raise_points_decimals(std::int32_t decimals, std::int64_t line) {
    std::int64_t factor = 1;
    for (std::int32_t i = out_.election.points_decimals; i < decimals; ++i) factor *= 10;
    for (ElectionBallot& b : out_.election.ballots) {
      for (std::int64_t& v : b.points) {
        if (v > kMaxMantissa / factor || v < -kMaxMantissa / factor) {
          return error(line, "VOTES: points too large");
        }
        v *= factor;
      }
    }
    out_.election.points_decimals = decimals;
    return true;
  }

  std::optional<std::int64_t> meta_line(std::string_view key) const {
    for (std::size_t i = 0; i < out_.meta.size(); ++i) {
      if (out_.meta[i].first == key) return meta_lines_[i];
    }
    return std::nullopt;
  }

  bool finish() {
    Election& e = out_.election;
    const std::string_view budget_text = out_.meta_value("budget");
    if (!meta_line("budget")) return error(0, "META has no budget");
    const std::int64_t budget_line = *meta_line("budget");
    const std::optional<Fixed> budget = parse_fixed(budget_text, false);
    if (!budget) {
      return error(budget_line,
                   "META: budget is not a non-negative number: " + quoted(budget_text));
    }
    if (!seen_[static_cast<int>(Section::kProjects)])
      return error(0, "the file has no PROJECTS section");
    if (!vote_type_known_) return error(0, "META has no vote_type");

    // Money limits share the money scale.
    std::optional<Fixed> min_sum_cost;
    std::optional<Fixed> max_sum_cost;
    for (const auto& [key, slot] :
         {std::pair{"min_sum_cost", &min_sum_cost}, std::pair{"max_sum_cost", &max_sum_cost}}) {
      if (const auto l = meta_line(key)) {
        const std::string_view text = out_.meta_value(key);
        if (is_none(text)) continue;
        *slot = parse_fixed(text, false);
        if (!*slot)
          return error(*l, std::string("META: ") + key + " is not a number: " + quoted(text));
      }
    }
    std::int32_t decimals = budget->decimals;
    for (const Fixed& c : costs_) decimals = std::max(decimals, c.decimals);
    if (min_sum_cost) decimals = std::max(decimals, min_sum_cost->decimals);
    if (max_sum_cost) decimals = std::max(decimals, max_sum_cost->decimals);
    e.money_decimals = decimals;
    const std::optional<std::int64_t> b = rescale(*budget, decimals);
    if (!b) return error(budget_line, "META: budget too large");
    e.budget = *b;
    for (std::size_t p = 0; p < costs_.size(); ++p) {
      const std::optional<std::int64_t> c = rescale(costs_[p], decimals);
      if (!c) return error(project_lines_[p], "PROJECTS: cost too large");
      e.projects[p].cost = *c;
    }
    if (min_sum_cost) out_.limits.min_sum_cost = rescale(*min_sum_cost, decimals);
    if (max_sum_cost) out_.limits.max_sum_cost = rescale(*max_sum_cost, decimals);

    for (const auto& [key, slot] : {std::pair{"min_length", &out_.limits.min_length},
                                    std::pair{"max_length", &out_.limits.max_length}}) {
      if (const auto l = meta_line(key)) {
        const std::string_view text = out_.meta_value(key);
        if (is_none(text)) continue;
        *slot = parse_int(text);
        if (!*slot)
          return error(*l, std::string("META: ") + key + " is not a whole number: " + quoted(text));
      }
    }
    for (const auto& [key, slot] : {std::pair{"min_points", &out_.limits.min_points},
                                    std::pair{"max_points", &out_.limits.max_points},
                                    std::pair{"min_sum_points", &out_.limits.min_sum_points},
                                    std::pair{"max_sum_points", &out_.limits.max_sum_points}}) {
      if (const auto l = meta_line(key)) {
        const std::string_view text = out_.meta_value(key);
        if (is_none(text)) continue;
        const std::optional<Fixed> f = parse_fixed(text, true);
        if (!f) return error(*l, std::string("META: ") + key + " is not a number: " + quoted(text));
        if (f->decimals > e.points_decimals && !raise_points_decimals(f->decimals, *l))
          return false;
        *slot = rescale(*f, e.points_decimals);
        if (!*slot) return error(*l, std::string("META: ") + key + " too large");
      }
    }
    return true;
  }

  Scanner scanner_;
  PabulibReadOptions options_;
  PabulibInstance out_;
  std::optional<PabulibError> error_;
  Section section_ = Section::kNone;
  bool seen_[4] = {false, false, false, false};
  bool vote_type_known_ = false;
  std::vector<std::int64_t> meta_lines_;
  std::vector<Fixed> costs_;
  std::vector<std::int64_t> project_lines_;
  std::unordered_map<std::string, std::int32_t> ids_;
  std::unordered_map<std::string_view, std::int32_t> index_;
  std::vector<std::int32_t> seen_in_ballot_;
  std::vector<std::int32_t> listed_;
  std::vector<Fixed> points_;
  std::int32_t project_id_col_ = -1, cost_col_ = -1, name_col_ = -1;
  std::int32_t voter_id_col_ = -1, vote_col_ = -1, points_col_ = -1;
};

}  // namespace

std::string describe(const PabulibError& error) {
  if (error.line <= 0) return error.message;
  return "line " + std::to_string(error.line) + ": " + error.message;
}

std::string_view PabulibInstance::meta_value(std::string_view key) const {
  for (const auto& [k, v] : meta) {
    if (k == key) return v;
  }
  return {};
}

PabulibResult read_pabulib(std::string_view contents, const PabulibReadOptions& options) {
  Reader reader(contents, options);
  return reader.read();
}

}  // namespace sammen::counting
