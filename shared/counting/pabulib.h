// Pabulib: the exchange format for participatory budgeting instances (.pb).
//
// A file has the sections META (key;value), PROJECTS and VOTES, each a
// semicolon-separated table with a header row; fields may be quoted with ",
// `none` means empty; a UTF-8 byte order mark and CRLF line ends are taken.
// read_pabulib() never throws and never crashes on bad input: a malformed file
// gives a PabulibError naming the 1-based line and what is wrong. Costs and the
// budget may carry decimals; they are scaled to whole Money exactly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"

namespace sammen::counting {

struct PabulibError {
  std::int64_t line = 0;  // 1-based; 0 when the problem is the file as a whole
  std::string message;    // e.g. "VOTES: unknown project id \"17\" in column vote"
};

// "line 12: VOTES: ..." (or just the message when line is 0).
std::string describe(const PabulibError& error);

// Ballot rules a file declares in META; absent limits are std::nullopt.
// Money limits are in the same scaled units as Election::budget; points limits
// in the units of ElectionBallot::points.
struct BallotLimits {
  std::optional<std::int64_t> min_length, max_length;
  std::optional<Money> min_sum_cost, max_sum_cost;
  std::optional<std::int64_t> min_points, max_points;
  std::optional<std::int64_t> min_sum_points, max_sum_points;
};

// Many short texts in one buffer (a city's voter ids), read as views.
class TextList {
 public:
  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(bytes_).substr(begin, ends_[i] - begin);
  }
  void push_back(std::string_view text) {
    bytes_.append(text);
    ends_.push_back(bytes_.size());
  }
  void reserve(std::size_t count, std::size_t bytes) {
    ends_.reserve(count);
    bytes_.reserve(bytes);
  }

 private:
  std::string bytes_;
  std::vector<std::size_t> ends_;
};

// Everything read from a file: the Election the rules count, plus what a
// writer needs to write the file back (META in file order, every PROJECTS
// column as text, voter ids and, on request, the other VOTES columns).
struct PabulibInstance {
  Election election;
  BallotLimits limits;
  std::vector<std::pair<std::string, std::string>> meta;
  std::vector<std::string> project_columns;              // PROJECTS header, as in the file
  std::vector<std::vector<std::string>> project_fields;  // per project, per column ("" = none)
  std::vector<std::string> vote_columns;                 // VOTES header, as in the file
  TextList voter_ids;  // one per ballot; empty unless keep_voter_details
  // Per ballot, the VOTES columns other than voter_id, vote and points, in
  // vote_columns order; empty unless PabulibReadOptions::keep_voter_details.
  std::vector<std::vector<std::string>> voter_fields;

  // Value of a META key, or "" when absent.
  std::string_view meta_value(std::string_view key) const;
};

struct PabulibReadOptions {
  // Voter ids and the other VOTES columns (age, sex, voting_method, ...):
  // what writing the file back needs, and nothing a count needs.
  bool keep_voter_details = false;
};

// Either an instance or the first error met.
class PabulibResult {
 public:
  PabulibResult(PabulibInstance instance) : state_(std::move(instance)) {}  // NOLINT
  PabulibResult(PabulibError error) : state_(std::move(error)) {}           // NOLINT
  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const PabulibInstance& value() const& { return std::get<0>(state_); }
  PabulibInstance&& value() && { return std::get<0>(std::move(state_)); }
  const PabulibError& error() const { return std::get<1>(state_); }

 private:
  std::variant<PabulibInstance, PabulibError> state_;
};

// Parses the whole contents of a .pb file.
PabulibResult read_pabulib(std::string_view contents, const PabulibReadOptions& options = {});

// Writes an instance back as a .pb file: META in its order (num_projects,
// num_votes, budget and vote_type from the Election), PROJECTS with all kept
// columns (cost from the Election), VOTES with voter_id, vote (and points)
// plus the kept columns. read_pabulib(write_pabulib(x)) gives x's Election.
std::string write_pabulib(const PabulibInstance& instance);

// As above, also setting the PROJECTS column `selected` to 1 for the funded
// projects of `outcome` and 0 for the others.
std::string write_pabulib(const PabulibInstance& instance, const Outcome& outcome);

// A minimal instance around an Election (ids for voters are 1, 2, ...), for
// writing the platform's own elections as Pabulib files.
PabulibInstance pabulib_instance(const Election& election, std::string_view description);

}  // namespace sammen::counting
