// MES for utilities every supporter of a project shares: cost (w_p = cost),
// cardinality (w_p = 1), and points on ballots without points (1 each).
//
// Money is held as integers over a common scale D: a voter's budget b is
// stored as b * D. Voters with equal budgets share a class, so a round costs
// one pass over the supporters of the projects left plus a little arithmetic
// per class. For a project p with supporters' budgets b_i, MES looks for the
// smallest payment q with sum_i min(b_i, q) = cost_p; its price per unit of
// satisfaction is rho_p = q / w_p. The project with the lowest rho is bought
// (ties: tie-break order); supporters pay min(b_i, q). When q = X / k is not a
// whole number of scale units, every budget and D are multiplied by
// k / gcd(X, k) first, so arithmetic stays exact.
#include <algorithm>

#include "big_nat.h"
#include "mes.h"

namespace sammen::counting::mes {
namespace {

class ExactUniformCounter final : public UniformBase, private ExactPricer {
 public:
  using UniformBase::UniformBase;

  Run run(std::uint64_t extra_per_voter, bool explain) override {
    Run out;
    if (!start_run(explain, out)) return out;
    const std::size_t voters = election_.ballots.size();
    ++exact_runs_;

    // Scale D = voters: each starts with (budget + extra * voters) / voters.
    scale_.set(voters);
    budgets_.assign(2, BigNat{});
    members_.assign(2, 0);
    budgets_[1].set(static_cast<std::uint64_t>(election_.budget));
    BigNat::add_mul(budgets_[1], BigNat(extra_per_voter), voters);
    members_[1] = static_cast<std::int64_t>(voters);
    voter_class_.assign(voters, 1);
    count_.assign(2, 0);
    // rho >= cost / (supporters * w): where the round loop starts.
    lower_bound_.assign(election_.projects.size(), 0.0);
    for (const std::int32_t p : candidates_) {
      lower_bound_[p] = static_cast<double>(election_.projects[p].cost) /
                        (static_cast<double>(support_.votes[p]) *
                         static_cast<double>(unit_satisfaction(election_, p, utility_)));
    }
    exact_rounds(candidates_, lower_bound_, rank_, *this, out);
    return out;
  }

 private:
  // The smallest q with sum over supporters of min(budget, q) = cost, by
  // walking their classes from the poorest: X = cost * D - what the poor
  // pay, shared by k payers, so rho = X / (k * w * D).
  bool price(std::int32_t p, ExactOffer& offer) override {
    if (count_.size() < budgets_.size()) count_.resize(budgets_.size(), 0);
    touched_.clear();
    holders_ = 0;
    for (const std::int32_t v : support_.supporters(p)) {
      const std::int32_t c = voter_class_[v];
      if (c == 0) continue;
      if (count_[c]++ == 0) touched_.push_back(c);
      ++holders_;
    }
    std::sort(touched_.begin(), touched_.end(),
              [&](std::int32_t a, std::int32_t b) { return budgets_[a] < budgets_[b]; });
    BigNat::mul(need_, scale_, static_cast<std::uint64_t>(election_.projects[p].cost));
    contrib_.set(0);
    std::int64_t payers = holders_;
    bool found = false;
    for (const std::int32_t c : touched_) {
      // Can the `payers` supporters left, each paying at most budget[c]
      // (the smallest left), cover need - contrib?
      reach_ = contrib_;
      BigNat::add_mul(reach_, budgets_[c], static_cast<std::uint64_t>(payers));
      if (need_ <= reach_) {
        found = true;
        break;
      }
      BigNat::add_mul(contrib_, budgets_[c], static_cast<std::uint64_t>(count_[c]));
      payers -= count_[c];
    }
    for (const std::int32_t c : touched_) count_[c] = 0;
    if (!found) return false;  // contrib_ holds what they have together
    offer.project = p;
    offer.numerator = need_;
    offer.numerator.sub(contrib_);
    offer.payers = payers;
    BigNat::mul(offer.denominator, BigNat(unit_satisfaction(election_, p, utility_)),
                static_cast<std::uint64_t>(payers));
    return true;
  }

  double estimate(const ExactOffer& offer) const override {
    return estimate_rho(offer, scale_);
  }

  void drop(std::int32_t p, std::int32_t round, Run& out) override {
    record_unaffordable(election_, p, round, holders_, contrib_, scale_, explain_, out);
  }


  void buy(const ExactOffer& offer, std::int32_t round, Run& out) override {
    const std::int32_t p = offer.project;
    const auto k = static_cast<std::uint64_t>(offer.payers);
    // q = X / k in scale units; rescale so that it is a whole number.
    const std::uint64_t g = gcd_u64(k, offer.numerator.mod64(k));
    const std::uint64_t factor = k / g;
    BigNat q = offer.numerator;
    if (factor > 1) {
      scale_.mul(factor);
      for (std::size_t c = 1; c < budgets_.size(); ++c) {
        if (members_[c] > 0) budgets_[c].mul(factor);
      }
      q.mul(factor);
    }
    q.div64(k);

    ProjectRun& r = open_purchase(election_, p, round, out);
    BigNat all_in;
    remap_.assign(budgets_.size(), -1);
    for (const std::int32_t v : support_.supporters(p)) {
      const std::int32_t c = voter_class_[v];
      if (c == 0) continue;
      --members_[c];
      if (budgets_[c] <= q) {
        if (budgets_[c] < q) {
          ++r.all_in_payers;
          all_in.add(budgets_[c]);
        } else {
          ++r.payers;
        }
        voter_class_[v] = 0;
        continue;
      }
      ++r.payers;
      if (remap_[c] < 0) {
        remap_[c] = static_cast<std::int32_t>(budgets_.size());
        BigNat left = budgets_[c];
        left.sub(q);
        budgets_.push_back(std::move(left));
        members_.push_back(0);
      }
      voter_class_[v] = remap_[c];
      ++members_[remap_[c]];
    }
    if (explain_) {
      r.share = format_money_ratio(q, scale_, election_.money_decimals);
      r.all_in_total = format_money_ratio(all_in, scale_, election_.money_decimals);
    }
    close_purchase(election_, p, round, out);
  }


  BigNat scale_;
  std::vector<BigNat> budgets_;        // per class, scaled; class 0 is "nothing left"
  std::vector<std::int64_t> members_;  // voters per class
  std::vector<std::int32_t> voter_class_;
  std::vector<std::int64_t> count_;     // scratch: supporters per class
  std::vector<std::int32_t> touched_;   // scratch: the classes of a project's supporters
  std::vector<std::int32_t> remap_;     // scratch: class after paying
  std::vector<double> lower_bound_;     // per project: rho can only be this or more
  std::int64_t holders_ = 0;            // the last price(): supporters with money left
  BigNat need_, contrib_, reach_;       // the last price(): cost * D, what the poor hold
};

}  // namespace

std::unique_ptr<Counter> exact_uniform_counter(const Election& election, const Support& support,
                                               const std::vector<std::int32_t>& rank,
                                               Utility utility) {
  return std::make_unique<ExactUniformCounter>(election, support, rank, utility);
}

}  // namespace sammen::counting::mes
