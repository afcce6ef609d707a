// A generated city-scale election, the same on every machine and build.
//
// synthetic_election(1000, 1000000, seed) gives 1,000 projects costing 20,000
// to 500,000 (whole units) and a million approval ballots of 1 to 20
// projects each (10.5 on average), drawn with Zipf-like popularity (weight
// 1 / (rank + 10) over a shuffled order), so the most popular projects have a
// few hundred thousand supporters and the least a few thousand; the budget is
// a fifth of the total cost. Integer arithmetic and a fixed generator
// (splitmix64), not <random>'s distributions, keep it identical natively and
// in wasm.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "sammen/counting/election.h"

namespace sammen::bench {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound).
  std::uint64_t below(std::uint64_t bound) { return next() % bound; }

 private:
  std::uint64_t state_;
};

inline counting::Election synthetic_election(std::int32_t projects, std::int64_t voters,
                                             std::uint64_t seed) {
  SplitMix64 rng(seed);
  counting::Election e;
  e.vote_type = counting::VoteType::kApproval;
  Money total = 0;
  for (std::int32_t p = 0; p < projects; ++p) {
    const Money cost = 20000 + static_cast<Money>(rng.below(481)) * 1000;
    e.projects.push_back({std::to_string(p + 1), "Project " + std::to_string(p + 1), cost});
    total += cost;
  }
  e.budget = total / 5;

  // Popularity: weight 1 / (rank + 10) over a shuffled order; drawn by a
  // cumulative table in fixed point.
  std::vector<std::int32_t> order(static_cast<std::size_t>(projects));
  for (std::int32_t p = 0; p < projects; ++p) order[p] = p;
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
  std::vector<std::uint64_t> cumulative(order.size());
  std::uint64_t sum = 0;
  for (std::size_t r = 0; r < order.size(); ++r) {
    sum += 1000000000ull / (r + 10);
    cumulative[r] = sum;
  }

  e.ballots.reserve(static_cast<std::size_t>(voters), static_cast<std::size_t>(voters) * 11);
  std::vector<std::int32_t> ballot;
  std::vector<bool> taken(order.size(), false);
  for (std::int64_t v = 0; v < voters; ++v) {
    const std::size_t want = 1 + rng.below(20);
    ballot.clear();
    while (ballot.size() < want) {
      const std::uint64_t x = rng.below(sum);
      const std::size_t r =
          static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), x) -
                                   cumulative.begin());
      const std::int32_t p = order[r];
      if (taken[p]) continue;
      taken[p] = true;
      ballot.push_back(p);
    }
    for (const std::int32_t p : ballot) taken[p] = false;
    e.ballots.add(ballot);
  }
  return e;
}

}  // namespace sammen::bench
