// The Pabulib reader: sections, header rows, projects and ballots.
//
// Speed matters here (a city's file is megabytes, and reading it is most of
// an end-to-end count): VOTES rows are split without copying, project ids
// are looked up in a dense table when they are small numbers (as in almost
// every Pabulib file), and ballots go straight into the flat BallotTable.
#include <algorithm>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "pabulib_ids.h"
#include "pabulib_text.h"
#include "sammen/counting/pabulib.h"

namespace sammen::counting {
namespace {

using pb::column_index;
using pb::equals_lower;
using pb::Fixed;
using pb::IdIndex;
using pb::is_none;
using pb::kMaxMantissa;
using pb::parse_fixed;
using pb::parse_int;
using pb::plain_points;
using pb::quoted;
using pb::rescale;
using pb::Scanner;
using pb::trim;

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
    for (;;) {
      if (section_ == Section::kVotes && !want_header && !options_.keep_voter_details) {
        const Fast fast = fast_votes();
        if (fast == Fast::kError) return std::move(*error_);
      }
      if (!scanner_.next(row, line, error)) break;
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
  enum class Fast { kDeclined, kError };

  // Reads plain VOTES lines in a tight loop, picking out only the columns a
  // ballot needs; hands back to the general loop at the first line it does
  // not take (quotes, a section name, more fields than columns, the end).
  Fast fast_votes() {
    const std::size_t columns = out_.vote_columns.size();
    auto column = [&](std::int32_t c) {
      return c >= 0 && static_cast<std::size_t>(c) < fields_.size() ? fields_[c]
                                                                    : std::string_view{};
    };
    while (scanner_.peek_fields(columns, fields_)) {
      bool blank = true;
      bool rest_empty = true;  // every field after the first is empty
      for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (fields_[i].empty()) continue;
        blank = false;
        if (i > 0) rest_empty = false;
      }
      if (!blank && rest_empty &&
          (equals_lower(fields_[0], "meta") || equals_lower(fields_[0], "projects") ||
           equals_lower(fields_[0], "votes"))) {
        return Fast::kDeclined;  // a section name: the general loop takes it
      }
      if (!blank &&
          !ballot(column(voter_id_col_), column(vote_col_), column(points_col_), scanner_.line())) {
        return Fast::kError;
      }
      scanner_.skip_peeked();
    }
    return Fast::kDeclined;
  }

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
      project_id_col_ = column_index(columns, "project_id");
      cost_col_ = column_index(columns, "cost");
      name_col_ = column_index(columns, "name");
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
    voter_id_col_ = column_index(columns, "voter_id");
    vote_col_ = column_index(columns, "vote");
    points_col_ = -1;
    if (vote_col_ < 0) return error(line, "VOTES: the header has no vote column");
    const VoteType type = out_.election.vote_type;
    if (type == VoteType::kCumulative || type == VoteType::kScoring) {
      points_col_ = column_index(columns, "points");
      if (points_col_ < 0) {
        return error(line, std::string("VOTES: the header has no points column, which ") +
                               vote_type_name(type) + " ballots need");
      }
    }
    index_.build(out_.election.projects);
    seen_in_ballot_.assign(out_.election.projects.size(), -1);
    // Room for the ballots the file announces (within what its size allows).
    std::size_t expected = scanner_.remaining() / 4;
    if (const std::optional<std::int64_t> n = parse_int(out_.meta_value("num_votes"))) {
      expected =
          std::min<std::size_t>(expected, static_cast<std::size_t>(std::max<std::int64_t>(*n, 0)));
    }
    out_.election.ballots.reserve(expected, scanner_.remaining() / 3, points_col_ >= 0);
    if (options_.keep_voter_details) out_.voter_ids.reserve(expected, expected * 8);
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
    if (!ballot(field(voter_id_col_), field(vote_col_), field(points_col_), line)) return false;
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

  // One ballot from its voter id, vote and points columns.
  bool ballot(std::string_view voter, std::string_view vote_text, std::string_view points_text,
              std::int64_t line) {
    const auto ballot_index = static_cast<std::int32_t>(out_.election.ballots.size());
    listed_.clear();
    if (!is_none(vote_text) && !index_.read_plain_list(vote_text, listed_)) {
      std::size_t start = 0;
      while (start <= vote_text.size()) {
        std::size_t comma = vote_text.find(',', start);
        if (comma == std::string_view::npos) comma = vote_text.size();
        const std::string_view id = trim(vote_text.substr(start, comma - start));
        start = comma + 1;
        if (id.empty()) continue;
        const std::int32_t p = index_.find(id);
        if (p < 0) return error(line, "VOTES: unknown project " + quoted(id) + " in column vote");
        listed_.push_back(p);
      }
    }
    const bool weighted = points_col_ >= 0;
    points_.clear();
    if (weighted && !read_points(points_text, line)) return false;
    if (weighted && points_.size() != listed_.size()) {
      return error(line, "VOTES: " + std::to_string(listed_.size()) + " projects in vote but " +
                             std::to_string(points_.size()) + " numbers in points");
    }
    // A project listed twice counts once (its first points).
    if (listed_.size() > 1) {
      std::size_t kept = 0;
      for (std::size_t i = 0; i < listed_.size(); ++i) {
        const std::int32_t p = listed_[i];
        if (seen_in_ballot_[p] == ballot_index) continue;
        seen_in_ballot_[p] = ballot_index;
        listed_[kept] = p;
        if (weighted) points_[kept] = points_[i];
        ++kept;
      }
      listed_.resize(kept);
      if (weighted) points_.resize(kept);
    }
    out_.election.ballots.add(listed_, points_);
    if (options_.keep_voter_details)
      out_.voter_ids.push_back(is_none(voter) ? std::string_view{} : voter);
    return true;
  }

  // Reads the points column into points_, in the election's points scale.
  bool read_points(std::string_view text, std::int64_t line) {
    if (is_none(text)) return true;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t comma = text.find(',', start);
      if (comma == std::string_view::npos) comma = text.size();
      const std::string_view number = trim(text.substr(start, comma - start));
      start = comma + 1;
      if (number.empty()) continue;
      std::int64_t value = 0;
      if (out_.election.points_decimals == 0 && plain_points(number, value)) {
        points_.push_back(value);
        continue;
      }
      const std::optional<Fixed> f = parse_fixed(number, true);
      if (!f) return error(line, "VOTES: points " + quoted(number) + " is not a number");
      if (f->decimals > out_.election.points_decimals) {
        const std::int32_t before = out_.election.points_decimals;
        if (!raise_points_decimals(f->decimals, line)) return false;
        for (std::int64_t& earlier : points_) {  // this ballot's points read so far
          const std::optional<std::int64_t> v = rescale(Fixed{earlier, before}, f->decimals);
          if (!v) return error(line, "VOTES: points too large");
          earlier = *v;
        }
      }
      const std::optional<std::int64_t> v = rescale(*f, out_.election.points_decimals);
      if (!v) return error(line, "VOTES: points too large");
      points_.push_back(*v);
    }
    return true;
  }

  // Moves every ballot read so far to more decimals of points.
  bool raise_points_decimals(std::int32_t decimals, std::int64_t line) {
    std::int64_t factor = 1;
    for (std::int32_t i = out_.election.points_decimals; i < decimals; ++i) factor *= 10;
    if (factor > kMaxMantissa || !out_.election.ballots.scale_points(factor)) {
      return error(line, "VOTES: points too large");
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

  // Reads META's `key` into `out` when the key is there and not "none";
  // false, with the error set, when its value does not parse.
  template <class T, class Parse>
  bool optional_meta(const char* key, Parse parse, const char* what, std::optional<T>& out) {
    const auto line = meta_line(key);
    const std::string_view text = out_.meta_value(key);
    if (!line || is_none(text)) return true;
    out = parse(text);
    if (!out)
      return error(*line, std::string("META: ") + key + " is not " + what + ": " + quoted(text));
    return true;
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
    const auto money = [](std::string_view text) { return parse_fixed(text, false); };
    if (!optional_meta("min_sum_cost", money, "a number", min_sum_cost) ||
        !optional_meta("max_sum_cost", money, "a number", max_sum_cost)) {
      return false;
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

    if (!optional_meta("min_length", parse_int, "a whole number", out_.limits.min_length) ||
        !optional_meta("max_length", parse_int, "a whole number", out_.limits.max_length)) {
      return false;
    }
    // Points limits share the points scale: the finest of them and the ballots.
    std::optional<Fixed> points_limits[4];
    const std::pair<const char*, std::optional<std::int64_t>*> points_keys[4] = {
        {"min_points", &out_.limits.min_points},
        {"max_points", &out_.limits.max_points},
        {"min_sum_points", &out_.limits.min_sum_points},
        {"max_sum_points", &out_.limits.max_sum_points}};
    for (int i = 0; i < 4; ++i) {
      const char* key = points_keys[i].first;
      const auto points = [](std::string_view text) { return parse_fixed(text, true); };
      if (!optional_meta(key, points, "a number", points_limits[i])) return false;
      if (points_limits[i] && points_limits[i]->decimals > e.points_decimals &&
          !raise_points_decimals(points_limits[i]->decimals, *meta_line(key))) {
        return false;
      }
    }
    for (int i = 0; i < 4; ++i) {
      if (!points_limits[i]) continue;
      *points_keys[i].second = rescale(*points_limits[i], e.points_decimals);
      if (!*points_keys[i].second) {
        return error(*meta_line(points_keys[i].first),
                     std::string("META: ") + points_keys[i].first + " too large");
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
  IdIndex index_;
  std::vector<std::string_view> fields_;  // scratch: a VOTES line on the fast path
  std::vector<std::int32_t> seen_in_ballot_;
  std::vector<std::int32_t> listed_;
  std::vector<std::int64_t> points_;
  std::int32_t project_id_col_ = -1, cost_col_ = -1, name_col_ = -1;
  std::int32_t voter_id_col_ = -1, vote_col_ = -1, points_col_ = -1;
};

}  // namespace

PabulibResult read_pabulib(std::string_view contents, const PabulibReadOptions& options) {
  Reader reader(contents, options);
  return reader.read();
}

}  // namespace sammen::counting
