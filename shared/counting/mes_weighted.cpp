// MES for points utility on ballots with points: voter i draws u_i (the
// points they gave) from project p, as pabutools' Additive_Cardinal_Sat.
//
// Budgets are held per voter as integers over a common scale D. For project p
// MES looks for the lowest price per point rho with sum_i min(b_i, rho * u_i)
// = cost_p: supporters are taken in order of b_i / u_i, and while the first
// cannot pay rho * u_i at the price the rest would need, they pay all they
// have. The project with the lowest rho is bought (ties: tie-break order);
// supporter i pays min(b_i, rho * u_i). rho = X / Y in scale units; before
// paying, every budget and D are multiplied by Y / gcd(X, Y) so each payment
// is a whole number of scale units. Only supporters with positive points
// count, as in pabutools.
#include <algorithm>

#include "big_nat.h"
#include "mes.h"

namespace sammen::counting::mes {
namespace {

class WeightedCounter final : public Counter, private ExactPricer {
 public:
  WeightedCounter(const Election& election, const Support& support,
                  const std::vector<std::int32_t>& rank)
      : election_(election), support_(support), rank_(rank) {
    const std::size_t n = election.projects.size();
    positive_points_.assign(n, 0);
    for (std::size_t p = 0; p < n; ++p) {
      for (const std::int64_t u : support.points(p)) {
        if (u > 0) positive_points_[p] += static_cast<std::uint64_t>(u);
      }
      if (support.votes[p] == 0) continue;
      const auto index = static_cast<std::int32_t>(p);
      if (positive_points_[p] == 0) {
        no_value_.push_back(index);
      } else if (election.projects[p].cost > 0) {
        candidates_.push_back(index);
      } else {
        free_.push_back(index);
      }
    }
    std::sort(free_.begin(), free_.end(),
              [&](std::int32_t a, std::int32_t b) { return rank_[a] < rank_[b]; });
  }

  Run run(std::uint64_t extra_per_voter, bool explain) override {
    Run out;
    begin(election_, out);
    const std::size_t voters = election_.ballots.size();
    if (voters == 0) return out;
    ++exact_runs_;
    scale_.set(voters);
    BigNat start(static_cast<std::uint64_t>(election_.budget));
    BigNat::add_mul(start, BigNat(extra_per_voter), voters);
    budgets_.assign(voters, start);

    // rho >= cost / (sum of positive points): where the round loop starts.
    lower_bound_.assign(election_.projects.size(), 0.0);
    for (const std::int32_t p : candidates_) {
      lower_bound_[p] = static_cast<double>(election_.projects[p].cost) /
                        static_cast<double>(positive_points_[p]);
    }
    explain_ = explain;
    exact_rounds(candidates_, lower_bound_, rank_, *this, out);
    return out;
  }

 private:
  struct Entry {
    std::int32_t voter;
    std::uint64_t points;
    double key;  // budget / points, to sort before the exact pass
  };

  // b_a / u_a < b_b / u_b, exactly.
  bool poorer(const Entry& a, const Entry& b) {
    BigNat::mul(lhs_, budgets_[a.voter], b.points);
    BigNat::mul(rhs_, budgets_[b.voter], a.points);
    return BigNat::compare(lhs_, rhs_) < 0;
  }

  // p's price per point X / (Y * D), Y the points of those paying it; false
  // when its supporters cannot pay for it (total_ then holds their money).
  bool price(std::int32_t p, ExactOffer& offer) override {
    entries_.clear();
    total_.set(0);
    const auto voters = support_.supporters(p);
    const auto points = support_.points(p);
    for (std::size_t j = 0; j < voters.size(); ++j) {
      const BigNat& b = budgets_[voters[j]];
      if (points[j] <= 0 || b.is_zero()) continue;
      const auto u = static_cast<std::uint64_t>(points[j]);
      entries_.push_back({voters[j], u, ratio(b, BigNat(u))});
      total_.add(b);
    }
    BigNat::mul(need_, scale_, static_cast<std::uint64_t>(election_.projects[p].cost));
    if (total_ < need_) return false;
    // Sort by the estimate, then make the order exact: an insertion pass that
    // only moves neighbours the estimate could not tell apart.
    std::sort(entries_.begin(), entries_.end(),
              [](const Entry& a, const Entry& b) { return a.key < b.key; });
    for (std::size_t j = 1; j < entries_.size(); ++j) {
      for (std::size_t k = j; k > 0 && poorer(entries_[k], entries_[k - 1]); --k) {
        std::swap(entries_[k], entries_[k - 1]);
      }
    }
    std::uint64_t rest = 0;
    for (const Entry& e : entries_) rest += e.points;
    contrib_.set(0);
    for (const Entry& e : entries_) {
      // Could everyone from here on pay (need - contrib) / rest per point?
      offer.numerator = need_;
      offer.numerator.sub(contrib_);
      BigNat::mul(lhs_, offer.numerator, e.points);
      BigNat::mul(rhs_, budgets_[e.voter], rest);
      if (lhs_ <= rhs_) break;
      contrib_.add(budgets_[e.voter]);
      rest -= e.points;
    }
    offer.project = p;
    offer.denominator.set(rest);
    return true;
  }

  double estimate(const ExactOffer& offer) const override {
    return estimate_rho(offer, scale_);
  }

  void drop(std::int32_t p, std::int32_t round, Run& out) override {
    record_unaffordable(election_, p, round, static_cast<std::int64_t>(entries_.size()), total_, scale_, explain_, out);
  }


  void buy(const ExactOffer& offer, std::int32_t round, Run& out) override {
    const std::int32_t p = offer.project;
    const std::uint64_t y = offer.denominator.to_u64();  // a sum of points
    const std::uint64_t factor = y / gcd_u64(y, offer.numerator.mod64(y));
    BigNat unit = offer.numerator;  // the price per point, in scale units
    if (factor > 1) {
      scale_.mul(factor);
      for (BigNat& b : budgets_) {
        if (!b.is_zero()) b.mul(factor);
      }
      unit.mul(factor);
    }
    unit.div64(y);

    ProjectRun& r = open_purchase(election_, p, round, out);
    BigNat all_in;
    const auto voters = support_.supporters(p);
    const auto points = support_.points(p);
    for (std::size_t j = 0; j < voters.size(); ++j) {
      BigNat& b = budgets_[voters[j]];
      if (points[j] <= 0 || b.is_zero()) continue;
      BigNat::mul(pay_, unit, static_cast<std::uint64_t>(points[j]));
      if (b <= pay_) {
        if (b < pay_) {
          ++r.all_in_payers;
          all_in.add(b);
        } else {
          ++r.payers;
        }
        b.set(0);
      } else {
        ++r.payers;
        b.sub(pay_);
      }
    }
    if (explain_) {
      r.share = format_money_ratio(unit, scale_, election_.money_decimals);
      r.all_in_total = format_money_ratio(all_in, scale_, election_.money_decimals);
    }
    close_purchase(election_, p, round, out);
  }

  const Election& election_;
  const Support& support_;
  const std::vector<std::int32_t>& rank_;
  bool explain_ = false;
  std::vector<std::uint64_t> positive_points_;  // per project

  BigNat scale_;
  std::vector<BigNat> budgets_;  // per voter, scaled
  std::vector<double> lower_bound_;
  std::vector<Entry> entries_;
  BigNat total_, need_, contrib_, lhs_, rhs_, pay_;
};

}  // namespace

std::unique_ptr<Counter> weighted_counter(const Election& election, const Support& support,
                                          const std::vector<std::int32_t>& rank) {
  return std::make_unique<WeightedCounter>(election, support, rank);
}

}  // namespace sammen::counting::mes
