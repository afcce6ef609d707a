#include "sammen/counting/optimal.h"

#include <algorithm>
#include <limits>

#include "support.h"

namespace sammen::counting {
namespace {

using Wide = __int128;

// A 0/1 knapsack over items sorted by value per cost (best first), solved
// exactly by depth-first branch and bound (the Horowitz-Sahni scheme) with
// the linear relaxation as the bound. Values and costs are positive.
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
  }

  // The greatest value of an affordable set; best() is the first set met
  // reaching it.
  Wide solve() {
    best_value_ = -1;
    best_.assign(cost_.size(), false);
    search(0, capacity_, 0);
    return best_value_;
  }
  const std::vector<bool>& best() const { return best_; }

  // Whether some affordable set other than `set` reaches `target`.
  bool another_reaches(const std::vector<bool>& set, Wide target) {
    return find_other(set, target, 0, capacity_, 0, false);
  }

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
    if (value > best_value_) {  // only a strictly better set replaces the best
      best_value_ = value;
      std::copy(take_.begin(), take_.begin() + static_cast<std::ptrdiff_t>(i), best_.begin());
      std::fill(best_.begin() + static_cast<std::ptrdiff_t>(i), best_.end(), false);
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

  // Items before i are decided; `differs` when that choice departs from `set`.
  bool find_other(const std::vector<bool>& set, Wide target, std::size_t i, Wide room, Wide value,
                  bool differs) {
    if (differs && value >= target) return true;  // the rest left out
    if (i == cost_.size()) return false;
    if (value + bound(i, room) < target) return false;
    if (cost_[i] <= room &&
        find_other(set, target, i + 1, room - cost_[i], value + value_[i], differs || !set[i])) {
      return true;
    }
    return find_other(set, target, i + 1, room, value, differs || set[i]);
  }

  std::vector<Money> cost_;
  std::vector<Wide> value_;
  Money capacity_;
  std::vector<Wide> prefix_cost_;
  std::vector<Wide> prefix_value_;
  std::vector<bool> take_;
  std::vector<bool> best_;
  Wide best_value_ = -1;
};

struct Item {
  std::int32_t project;
  Money cost;
  Wide value;
};

// Knapsack over `items` (any order): sorted by value per cost, ties by rank.
Knapsack make_knapsack(std::vector<Item> items, const std::vector<std::int32_t>& rank,
                       Money capacity, std::vector<std::int32_t>* order = nullptr) {
  std::sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    const Wide lhs = a.value * b.cost;
    const Wide rhs = b.value * a.cost;
    if (lhs != rhs) return lhs > rhs;
    return rank[a.project] < rank[b.project];
  });
  std::vector<Money> cost;
  std::vector<Wide> value;
  if (order != nullptr) order->clear();
  for (const Item& item : items) {
    cost.push_back(item.cost);
    value.push_back(item.value);
    if (order != nullptr) order->push_back(item.project);
  }
  return Knapsack(std::move(cost), std::move(value), capacity);
}

// Among the sets of `items` reaching `target` within `capacity`, the one that
// funds the project first in tie-break order, then the next, and so on: each
// project in rank order is funded when an optimum with it (and the choices
// before it) still exists.
std::vector<std::int32_t> first_optimum(std::vector<Item> items,
                                        const std::vector<std::int32_t>& rank, Money capacity,
                                        Wide target) {
  std::sort(items.begin(), items.end(),
            [&](const Item& a, const Item& b) { return rank[a.project] < rank[b.project]; });
  std::vector<std::int32_t> chosen;
  for (std::size_t i = 0; i < items.size() && target > 0; ++i) {
    const Item& item = items[i];
    if (item.cost > capacity) continue;
    const std::vector<Item> rest(items.begin() + static_cast<std::ptrdiff_t>(i) + 1, items.end());
    Knapsack after = make_knapsack(rest, rank, capacity - item.cost);
    if (item.value + std::max<Wide>(after.solve(), 0) == target) {
      chosen.push_back(item.project);
      capacity -= item.cost;
      target -= item.value;
    }
  }
  return chosen;
}

std::string wide_text(Wide w) {
  std::string text;
  do {
    text.insert(text.begin(), static_cast<char>('0' + static_cast<int>(w % 10)));
    w /= 10;
  } while (w > 0);
  return text;
}

}  // namespace

Outcome optimal(const Election& election, Utility utility, TieBreak tie_break) {
  const Support support = build_support(election);
  const std::vector<std::int32_t> rank = tie_break_rank(election, support, tie_break);
  const std::size_t n = election.projects.size();
  const std::int32_t decimals = election.money_decimals;

  Outcome outcome;
  outcome.options = {Rule::kOptimal, utility, Completion::kNone, tie_break, false};
  outcome.explanation = blank_explanations(election, support);

  // Items: projects of some value that fit the budget on their own and cost
  // something; free ones of value are in every optimum.
  std::vector<Item> items;
  std::vector<std::int32_t> free;
  std::vector<std::int32_t> worthless;  // fit, but add nothing: they never decide
  Wide welfare = 0;
  for (std::size_t p = 0; p < n; ++p) {
    const Money cost = election.projects[p].cost;
    const Wide value = total_satisfaction(election, support, p, utility);
    ProjectExplanation& e = outcome.explanation[p];
    const auto index = static_cast<std::int32_t>(p);
    if (cost > election.budget || cost < 0) {
      e.verdict = support.votes[p] == 0 ? Verdict::kNoSupport : Verdict::kDidNotFit;
      e.detail = "costs " + format_money_exact(cost, decimals) + ", more than the whole budget";
    } else if (value <= 0) {
      worthless.push_back(index);
      e.verdict = support.votes[p] == 0 ? Verdict::kNoSupport : Verdict::kNoValue;
      e.detail = support.votes[p] == 0 ? "nobody voted for it"
                                       : "it adds no satisfaction under this utility";
    } else if (cost == 0) {
      free.push_back(index);
      welfare += value;
    } else {
      items.push_back({index, cost, value});
    }
  }
  std::sort(free.begin(), free.end(),
            [&](std::int32_t a, std::int32_t b) { return rank[a] < rank[b]; });

  std::vector<std::int32_t> order;
  Knapsack knapsack = make_knapsack(items, rank, election.budget, &order);
  const Wide best = std::max<Wide>(knapsack.solve(), 0);
  std::vector<std::int32_t> chosen;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (knapsack.best()[i]) chosen.push_back(order[i]);
  }
  if (knapsack.another_reaches(knapsack.best(), best)) {
    outcome.unique = false;
    chosen = first_optimum(items, rank, election.budget, best);
  }
  std::sort(chosen.begin(), chosen.end(),
            [&](std::int32_t a, std::int32_t b) { return rank[a] < rank[b]; });
  outcome.selected = free;
  outcome.selected.insert(outcome.selected.end(), chosen.begin(), chosen.end());
  for (const std::int32_t p : chosen) outcome.cost += election.projects[p].cost;
  welfare += best;
  for (const std::int32_t p : worthless) {
    if (election.projects[p].cost <= election.budget - outcome.cost) outcome.unique = false;
  }
  outcome.welfare = welfare > std::numeric_limits<std::int64_t>::max()
                        ? std::numeric_limits<std::int64_t>::max()
                        : static_cast<std::int64_t>(welfare);

  std::vector<bool> in(n, false);
  for (const std::int32_t p : outcome.selected) in[p] = true;
  const std::string what = utility == Utility::kCost ? "total satisfaction (cost of supported "
                                                       "funded projects) "
                           : utility == Utility::kPoints
                               ? "total points given to funded projects "
                               : "total number of supported funded projects ";
  const std::string tie = outcome.unique ? ""
                                         : "; other sets reach the same, and the tie-break "
                                           "chose this one";
  auto decide = [&](std::int32_t p) {
    ProjectExplanation& e = outcome.explanation[p];
    e.round = 1;
    e.money_left = election.budget;
    if (in[p]) {
      e.verdict = Verdict::kFunded;
      e.detail = "part of the best use of the budget: " + what + wide_text(welfare) + tie;
    } else {
      e.verdict = Verdict::kNotInOptimum;
      e.detail = "leaving it out allows the greatest " + what + wide_text(welfare) + tie;
    }
  };
  for (const std::int32_t p : free) decide(p);
  for (const Item& item : items) decide(item.project);
  return outcome;
}

}  // namespace sammen::counting
