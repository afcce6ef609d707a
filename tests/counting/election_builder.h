// Small hand-made elections for the counting tests.
//
// make_election(budget, {{"a", 60}, {"b", 50}}, {{"a", "b"}, {"a"}}) builds an
// approval election; ballots name projects by id. ids_of() turns an outcome's
// selection back into ids, sorted, so expectations read like the instance.
#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"

namespace sammen::counting::testing {

inline std::int32_t index_of(const Election& e, const std::string& id) {
  for (std::size_t p = 0; p < e.projects.size(); ++p) {
    if (e.projects[p].id == id) return static_cast<std::int32_t>(p);
  }
  return -1;
}

inline Election make_election(Money budget,
                              const std::vector<std::pair<std::string, Money>>& projects,
                              const std::vector<std::vector<std::string>>& ballots) {
  Election e;
  e.budget = budget;
  for (const auto& [id, cost] : projects) e.projects.push_back({id, "Project " + id, cost});
  for (const auto& ids : ballots) {
    ElectionBallot b;
    for (const std::string& id : ids) b.projects.push_back(index_of(e, id));
    e.ballots.push_back(std::move(b));
  }
  return e;
}

// A cumulative election: each ballot lists (project id, points) pairs.
inline Election make_points_election(
    Money budget, const std::vector<std::pair<std::string, Money>>& projects,
    const std::vector<std::vector<std::pair<std::string, std::int64_t>>>& ballots) {
  Election e;
  e.budget = budget;
  e.vote_type = VoteType::kCumulative;
  for (const auto& [id, cost] : projects) e.projects.push_back({id, "Project " + id, cost});
  for (const auto& given : ballots) {
    ElectionBallot b;
    for (const auto& [id, points] : given) {
      b.projects.push_back(index_of(e, id));
      b.points.push_back(points);
    }
    e.ballots.push_back(b);
  }
  return e;
}

template <typename T>
std::vector<T> as_vector(std::span<const T> values) {
  return {values.begin(), values.end()};
}

inline std::vector<std::string> ids_of(const Election& e,
                                       const std::vector<std::int32_t>& projects) {
  std::vector<std::string> ids;
  for (const std::int32_t p : projects) ids.push_back(e.projects[p].id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

inline const ProjectExplanation& explanation_of(const Election& e, const Outcome& o,
                                                const std::string& id) {
  return o.explanation[index_of(e, id)];
}

}  // namespace sammen::counting::testing
