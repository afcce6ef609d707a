// Election: one counting instance, in the shape every counting rule reads.
//
// A budget, the projects that compete for it (each with an integer cost), and
// the ballots. Projects are referred to by their index in `projects`. A ballot
// lists the projects it supports; for cumulative and scoring votes its points
// run beside its projects (same length), for ordinal votes the projects are in
// preference order, for approval there are no points. A project appears at
// most once per ballot. Built from a Pabulib file or from the platform's
// ballots. Ballots are stored flat (one array of project indices for all of
// them), so a city's million ballots cost two allocations, not two million.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string>
#include <vector>

#include "sammen/core/money.h"

namespace sammen::counting {

enum class VoteType { kApproval, kCumulative, kScoring, kOrdinal };

struct ElectionProject {
  std::string id;
  std::string name;
  Money cost = 0;
};

// One ballot as a value, for building an Election.
struct ElectionBallot {
  std::vector<std::int32_t> projects;
  std::vector<std::int64_t> points;  // empty, or one number per project
};

// One stored ballot, viewed in place: `points` is empty when the election
// carries no points, else as long as `projects`.
struct BallotView {
  std::span<const std::int32_t> projects;
  std::span<const std::int64_t> points;
};

// Every ballot of an election, in order. Either no ballot has points or every
// ballot has one number per project listed: a ballot added without points to
// a table with points gets 1 per project, and the other way round.
class BallotTable {
 public:
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = BallotView;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = BallotView;
    Iterator() = default;
    Iterator(const BallotTable* table, std::size_t index) : table_(table), index_(index) {}
    BallotView operator*() const { return (*table_)[index_]; }
    Iterator& operator++() {
      ++index_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++index_;
      return old;
    }
    bool operator==(const Iterator& other) const { return index_ == other.index_; }

   private:
    const BallotTable* table_ = nullptr;
    std::size_t index_ = 0;
  };

  BallotTable() = default;
  BallotTable(std::initializer_list<ElectionBallot> ballots);  // NOLINT: tests build tables inline

  std::size_t size() const { return offsets_.size() - 1; }
  bool empty() const { return size() == 0; }
  bool has_points() const { return !points_.empty(); }
  // Projects listed over all ballots.
  std::size_t entries() const { return projects_.size(); }

  BallotView operator[](std::size_t ballot) const {
    const std::size_t begin = offsets_[ballot];
    const std::size_t end = offsets_[ballot + 1];
    BallotView view{{projects_.data() + begin, end - begin}, {}};
    if (!points_.empty()) view.points = {points_.data() + begin, end - begin};
    return view;
  }
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, size()}; }

  void reserve(std::size_t ballots, std::size_t entries, bool with_points = false);
  void add(std::span<const std::int32_t> projects, std::span<const std::int64_t> points = {}) {
    if (points.empty() && points_.empty()) {  // the common case, kept inline and lean
      for (const std::int32_t p : projects) projects_.push_back(p);
      offsets_.push_back(projects_.size());
      return;
    }
    add_with_points(projects, points);
  }
  void push_back(const ElectionBallot& ballot) { add(ballot.projects, ballot.points); }
  // Rewrites every listed project index through `map` (old index -> new).
  void renumber_projects(std::span<const std::int32_t> map);
  // Scales every point by `factor` (more decimals); false on overflow.
  bool scale_points(std::int64_t factor);
  void clear();

 private:
  void add_with_points(std::span<const std::int32_t> projects,
                       std::span<const std::int64_t> points);

  std::vector<std::size_t> offsets_{0};  // size() + 1
  std::vector<std::int32_t> projects_;
  std::vector<std::int64_t> points_;  // empty, or beside projects_
};

struct Election {
  Money budget = 0;
  VoteType vote_type = VoteType::kApproval;
  std::vector<ElectionProject> projects;
  BallotTable ballots;
  // Budget and costs count 1/10^money_decimals of a currency unit: 0 for
  // whole units (most Pabulib files), 2 for øre or cents. MES with Add1
  // completion raises each voter's budget by one whole unit at a time.
  std::int32_t money_decimals = 0;
  // Points count 1/10^points_decimals of a point (Pabulib files may use
  // fractional scores); 0 almost always.
  std::int32_t points_decimals = 0;
};

// Text name of a vote type as Pabulib writes it: "approval", "cumulative", ...
const char* vote_type_name(VoteType type);

}  // namespace sammen::counting
