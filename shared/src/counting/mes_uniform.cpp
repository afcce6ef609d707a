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

class ExactUniformCounter final : public Counter {
 public:
  ExactUniformCounter(const Election& election, const Support& support,
                 const std::vector<std::int32_t>& rank, Utility utility)
      : election_(election), support_(support), rank_(rank), utility_(utility) {
    sort_projects(election, support, rank, utility, free_, candidates_, no_value_);
  }

  Run run(std::uint64_t extra_per_voter, bool explain) override {
    const std::size_t n = election_.projects.size();
    Run out;
    begin(election_, out);
    const std::size_t voters = election_.ballots.size();
    if (voters == 0) return out;
    explain_ = explain;
    ++exact_runs_;

    // Scale D = voters: each starts with (budget + extra * voters) / voters.
    scale_.set(voters);
    budgets_.assign(2, BigNat{});
    members_.assign(2, 0);
    budgets_[1].set(static_cast<std::uint64_t>(election_.budget));
    BigNat extra(extra_per_voter);
    BigNat::add_mul(budgets_[1], extra, voters);
    members_[1] = static_cast<std::int64_t>(voters);
    voter_class_.assign(voters, 1);
    count_.assign(2, 0);

    std::vector<std::int32_t> remaining = candidates_;
    // A lower bound on each project's price per unit of satisfaction rho: it
    // only rises as budgets fall. Used to skip projects that cannot beat the
    // best offer of a round; only with a safety margin far above rounding
    // error, so it never changes a decision (those are all exact).
    lower_bound_.assign(n, 0.0);
    for (const std::int32_t p : remaining) {
      lower_bound_[p] = static_cast<double>(election_.projects[p].cost) /
                        (static_cast<double>(support_.votes[p]) *
                         static_cast<double>(unit_satisfaction(election_, p, utility_)));
    }
    Offer best;
    Offer offer;
    std::vector<std::int32_t> touched;
    BigNat need, contrib, reach, lhs, rhs;

    while (!remaining.empty()) {
      const std::int32_t round = out.rounds + 1;
      if (count_.size() < budgets_.size()) count_.resize(budgets_.size(), 0);
      std::sort(remaining.begin(), remaining.end(),
                [&](std::int32_t a, std::int32_t b) { return lower_bound_[a] < lower_bound_[b]; });
      bool have_best = false;
      double best_rho = 0;
      std::size_t kept = 0;
      std::size_t i = 0;
      for (; i < remaining.size(); ++i) {
        const std::int32_t p = remaining[i];
        if (have_best && lower_bound_[p] > best_rho * (1 + 1e-9)) break;
        touched.clear();
        std::int64_t holders = 0;
        for (const std::int32_t v : support_.supporters(p)) {
          const std::int32_t c = voter_class_[v];
          if (c == 0) continue;
          if (count_[c]++ == 0) touched.push_back(c);
          ++holders;
        }
        std::sort(touched.begin(), touched.end(),
                  [&](std::int32_t a, std::int32_t b) { return budgets_[a] < budgets_[b]; });
        const Money cost = election_.projects[p].cost;
        BigNat::mul(need, scale_, static_cast<std::uint64_t>(cost));
        contrib.set(0);
        std::int64_t payers = holders;
        bool found = false;
        for (const std::int32_t c : touched) {
          // Can the `payers` supporters left, each paying at most budget[c]
          // (the smallest left), cover need - contrib?
          reach = contrib;
          BigNat::add_mul(reach, budgets_[c], static_cast<std::uint64_t>(payers));
          if (need <= reach) {
            found = true;
            break;
          }
          BigNat::add_mul(contrib, budgets_[c], static_cast<std::uint64_t>(count_[c]));
          payers -= count_[c];
        }
        for (const std::int32_t c : touched) count_[c] = 0;
        if (!found) {
          ProjectRun& r = out.projects[p];
          r.verdict = Verdict::kUnaffordable;
          r.round = round;
          r.money_left = election_.budget - out.cost;
          r.holders = holders;
          if (explain_) {
            r.holders_money = static_cast<Money>(rounded_quotient(contrib, scale_));
            r.holders_total = format_money_ratio(contrib, scale_, election_.money_decimals);
          }
          continue;  // dropped for good: budgets only fall
        }
        remaining[kept++] = p;
        offer.project = p;
        offer.numerator = need;
        offer.numerator.sub(contrib);
        offer.payers = payers;
        BigNat::mul(offer.denominator, BigNat(unit_satisfaction(election_, p, utility_)),
                    static_cast<std::uint64_t>(payers));
        const double rho = ratio(offer.numerator, scale_) / offer.denominator.to_double();
        lower_bound_[p] = rho;
        // Lowest rho = X / (k * w) first; equal: tie-break order.
        bool better = !have_best;
        if (have_best) {
          BigNat::mul(lhs, offer.numerator, best.denominator);
          BigNat::mul(rhs, best.numerator, offer.denominator);
          const int cmp = BigNat::compare(lhs, rhs);
          better = cmp < 0 || (cmp == 0 && rank_[p] < rank_[best.project]);
        }
        if (better) {
          std::swap(best, offer);
          best_rho = rho;
          have_best = true;
        }
      }
      for (; i < remaining.size(); ++i) remaining[kept++] = remaining[i];
      remaining.resize(kept);
      if (!have_best) break;
      buy(best, round, out);
      remaining.erase(std::find(remaining.begin(), remaining.end(), best.project));
    }
    return out;
  }

 private:
  struct Offer {
    std::int32_t project = -1;
    BigNat numerator;    // X: what the payers of the equal share cover, scaled by D
    BigNat denominator;  // k * w_p, so rho = X / (k * w_p * D)
    std::int64_t payers = 0;
  };

  void buy(const Offer& offer, std::int32_t round, Run& out) {
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

    ProjectRun& r = out.projects[p];
    r.verdict = Verdict::kFunded;
    r.round = round;
    r.money_left = election_.budget - out.cost;
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
    out.selected.push_back(p);
    out.cost += election_.projects[p].cost;
    out.rounds = round;
  }

  const Election& election_;
  const Support& support_;
  const std::vector<std::int32_t>& rank_;
  Utility utility_;
  bool explain_ = false;

  BigNat scale_;
  std::vector<BigNat> budgets_;        // per class, scaled; class 0 is "nothing left"
  std::vector<std::int64_t> members_;  // voters per class
  std::vector<std::int32_t> voter_class_;
  std::vector<std::int64_t> count_;  // scratch: supporters per class
  std::vector<std::int32_t> remap_;  // scratch: class after paying
  std::vector<double> lower_bound_;  // per project: rho can only be this or more
};

}  // namespace

std::unique_ptr<Counter> exact_uniform_counter(const Election& election, const Support& support,
                                               const std::vector<std::int32_t>& rank,
                                               Utility utility) {
  return std::make_unique<ExactUniformCounter>(election, support, rank, utility);
}

}  // namespace sammen::counting::mes
