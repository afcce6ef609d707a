#include "sammen/counting/election.h"

#include <limits>

namespace sammen::counting {

BallotTable::BallotTable(std::initializer_list<ElectionBallot> ballots) {
  for (const ElectionBallot& b : ballots) push_back(b);
}

void BallotTable::reserve(std::size_t ballots, std::size_t entries, bool with_points) {
  offsets_.reserve(ballots + 1);
  projects_.reserve(entries);
  if (with_points) points_.reserve(entries);
}

void BallotTable::add_with_points(std::span<const std::int32_t> projects,
                                  std::span<const std::int64_t> points) {
  const bool weighted = !points.empty();
  if (weighted && points_.empty() && !projects_.empty()) points_.assign(projects_.size(), 1);
  projects_.insert(projects_.end(), projects.begin(), projects.end());
  if (weighted) {
    points_.insert(points_.end(), points.begin(), points.end());
    points_.resize(projects_.size(), 1);  // a shorter points list: the rest count 1
  } else if (!points_.empty()) {
    points_.resize(projects_.size(), 1);
  }
  offsets_.push_back(projects_.size());
}

void BallotTable::renumber_projects(std::span<const std::int32_t> map) {
  for (std::int32_t& p : projects_) p = map[static_cast<std::size_t>(p)];
}

bool BallotTable::scale_points(std::int64_t factor) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  for (std::int64_t& v : points_) {
    if (v > kMax / factor || v < -(kMax / factor)) return false;
  }
  for (std::int64_t& v : points_) v *= factor;
  return true;
}

void BallotTable::clear() {
  offsets_.assign(1, 0);
  projects_.clear();
  points_.clear();
}

}  // namespace sammen::counting
