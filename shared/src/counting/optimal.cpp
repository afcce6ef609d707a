#include "sammen/counting/optimal.h"

#include <algorithm>

#include "support.h"

namespace sammen::counting {
namespace {

using Wide = __int128;

// Depth-first branch and bound over items sorted by value per cost (the
// classic Horowitz-Sahni scheme), bounded by the linear relaxation. Only a
// strictly better set replaces the best so far, so among equal sets the first
// met in item order wins; the first leaf is the greedy set.
class Knapsack {
 public:
  Knapsack(std::vector<Money> cost, std::vector<Wide> value, Money capacity)
      : cost_(std::move(cost)), value_(std::move(value)), capacity_(capacity) {
    const std::size_t m = cost_.size();
    prefix_cost_.assign(m + 1, 0);
    prefix_value_.assign(m + 1, 0);
    for (std::size_t i = 0; i < m; ++i) {
      prefix_cost_[i + 1] = prefix_cost_[i] + cost_[i];
      prefix_value_[i + 1] = prefix_value_[i] + value_[i];
    }
    take_.assign(m, false);
    best_take_.assign(m, false);
  }

  std::vector<bool> solve() {
    best_value_ = -1;
    search(0, capacity_, 0);
    return best_take_;
  }

  Wide best_value() const { return best_value_; }

 private:
  // Upper bound on the value reachable from item i on with `room` left.
  Wide bound(std::size_t i, Wide room) const {
    // Largest j with prefix_cost_[j] - prefix_cost_[i] <= room.
    std::size_t lo = i;
    std::size_t hi = cost_.size();
    while (lo < hi) {
      const std::size_t mid = (lo + hi + 1) / 2;
      if (prefix_cost_[mid] - prefix_cost_[i] <= room) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    Wide b = prefix_value_[lo] - prefix_value_[i];
    if (lo < cost_.size()) {
      const Wide rest = room - (prefix_cost_[lo] - prefix_cost_[i]);
      b += value_[lo] * rest / cost_[lo];
    }
    return b;
  }

  void search(std::size_t i, Wide room, Wide value) {
    if (value > best_value_) {
      best_value_ = value;
      std::copy(take_.begin(), take_.end(), best_take_.begin());
      for (std::size_t j = i; j < take_.size(); ++j) best_take_[j] = false;
    }
    if (i == cost_.size()) return;
    if (value + bound(i, room) <= best_value_) return;
    if (cost_[i] <= room) {
      take_[i] = true;
      search(i + 1, room - cost_[i], value + value_[i]);
      take_[i] = false;
    }
    search(i + 1, room, value);
  }

  std::vector<Money> cost_;
  std::vector<Wide> value_;
  Money capacity_;
  std::vector<Wide> prefix_cost_;
  std::vector<Wide> prefix_value_;
  std::vector<bool> take_;
  std::vector<bool> best_take_;
  Wide best_value_ = -1;
};

}  // namespace

Outcome optimal(const Election& election, Utility utility, TieBreak tie_break) {
  const Support support = build_support(election);
  const std::vector<std::int32_t> rank = tie_break_rank(election, support, tie_break);
  const std::size_t n = election.projects.size();
  const std::int32_t decimals = election.money_decimals;

  Outcome outcome;
  outcome.options = {Rule::kOptimal, utility, Completion::kNone, tie_break, false};
  outcome.explanation = blank_explanations(election, support);

  // Items: projects that add satisfaction and fit the budget on their own.
  std::vector<std::int32_t> items;
  std::vector<Wide> value_of(n, 0);
  for (std::size_t p = 0; p < n; ++p) {
    const Money cost = election.projects[p].cost;
    value_of[p] = static_cast<Wide>(support.votes[p]) *
                  static_cast<Wide>(unit_satisfaction(election, p, utility));
    ProjectExplanation& e = outcome.explanation[p];
    if (support.votes[p] == 0) {
      e.detail = "nobody voted for it";
    } else if (cost > election.budget || cost < 0) {
      e.verdict = Verdict::kDidNotFit;
      e.detail = "costs " + format_money_exact(cost, decimals) + ", more than the whole budget";
    } else if (value_of[p] == 0) {
      e.verdict = Verdict::kNotInOptimum;
      e.detail = "adds no satisfaction under this utility";
    } else {
      items.push_back(static_cast<std::int32_t>(p));
    }
  }
  // Free projects with value are always taken; the rest by value per cost.
  std::vector<std::int32_t> free;
  std::vector<std::int32_t> paid;
  for (const std::int32_t p : items) (election.projects[p].cost == 0 ? free : paid).push_back(p);
  std::sort(paid.begin(), paid.end(), [&](std::int32_t a, std::int32_t b) {
    const Wide lhs = value_of[a] * election.projects[b].cost;
    const Wide rhs = value_of[b] * election.projects[a].cost;
    if (lhs != rhs) return lhs > rhs;
    return rank[a] < rank[b];
  });
  std::sort(free.begin(), free.end(),
            [&](std::int32_t a, std::int32_t b) { return rank[a] < rank[b]; });

  std::vector<Money> cost;
  std::vector<Wide> value;
  for (const std::int32_t p : paid) {
    cost.push_back(election.projects[p].cost);
    value.push_back(value_of[p]);
  }
  Knapsack knapsack(std::move(cost), std::move(value), election.budget);
  const std::vector<bool> take = knapsack.solve();

  Wide welfare = 0;
  for (const std::int32_t p : free) {
    outcome.selected.push_back(p);
    welfare += value_of[p];
  }
  for (std::size_t i = 0; i < paid.size(); ++i) {
    if (!take[i]) continue;
    outcome.selected.push_back(paid[i]);
    outcome.cost += election.projects[paid[i]].cost;
    welfare += value_of[paid[i]];
  }
  std::vector<bool> chosen(n, false);
  for (const std::int32_t p : outcome.selected) chosen[p] = true;
  std::string welfare_text;
  {
    Wide w = welfare;
    do {
      welfare_text.insert(welfare_text.begin(), static_cast<char>('0' + static_cast<int>(w % 10)));
      w /= 10;
    } while (w > 0);
  }
  const std::string what = utility == Utility::kCost
                               ? "total satisfaction (cost of supported funded projects) "
                               : "total number of supported funded projects ";
  for (const std::int32_t p : items) {
    ProjectExplanation& e = outcome.explanation[p];
    e.round = 1;
    e.money_left = election.budget;
    if (chosen[p]) {
      e.verdict = Verdict::kFunded;
      e.detail = "part of the best use of the budget: " + what + welfare_text;
    } else {
      e.verdict = Verdict::kNotInOptimum;
      e.detail = "leaving it out allows the greatest " + what + welfare_text;
    }
  }
  return outcome;
}

}  // namespace sammen::counting
