#include "sammen/counting/equal_shares.h"

#include <algorithm>
#include <optional>

#include "big_nat.h"
#include "support.h"

namespace sammen::counting {
namespace {

// What one MES run decided about a project (numbers for the explanation).
struct ProjectRun {
  bool funded = false;
  bool unaffordable = false;
  std::int32_t round = 0;
  Money money_left = 0;
  std::int64_t equal_payers = 0;   // funded: supporters who paid the equal share
  double share = 0;                // funded: that share, in Election money units
  std::int64_t all_in_payers = 0;  // funded: supporters who paid all they had left (less)
  double all_in_total = 0;
  std::int64_t holders = 0;  // unaffordable: supporters with money left
  double holders_total = 0;  // unaffordable: their money together
};

struct Run {
  std::vector<std::int32_t> selected;
  Money cost = 0;
  std::vector<ProjectRun> projects;
  std::int32_t rounds = 0;
};

// Exact MES over approval-like support (every supporter draws the same
// satisfaction w_p from project p: its cost, or 1).
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
class EqualSharesCounter {
 public:
  EqualSharesCounter(const Election& election, const Support& support,
                     const std::vector<std::int32_t>& rank, Utility utility)
      : election_(election), support_(support), rank_(rank), utility_(utility) {
    const std::size_t n = election.projects.size();
    for (std::size_t p = 0; p < n; ++p) {
      if (support.votes[p] == 0) continue;
      if (election.projects[p].cost <= 0) {
        free_.push_back(static_cast<std::int32_t>(p));
      } else {
        candidates_.push_back(static_cast<std::int32_t>(p));
      }
    }
    std::sort(free_.begin(), free_.end(),
              [&](std::int32_t a, std::int32_t b) { return rank_[a] < rank_[b]; });
  }

  const std::vector<std::int32_t>& candidates() const { return candidates_; }

  // One MES count where every voter starts with budget / voters + extra.
  Run run(std::uint64_t extra_per_voter) {
    const std::size_t n = election_.projects.size();
    Run out;
    out.projects.assign(n, ProjectRun{});
    const std::size_t voters = election_.ballots.size();

    for (const std::int32_t p : free_) {
      ProjectRun& r = out.projects[p];
      r.funded = true;
      r.round = ++out.rounds;
      r.money_left = election_.budget - out.cost;
      out.selected.push_back(p);
    }
    if (voters == 0) return out;

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
          r.unaffordable = true;
          r.round = round;
          r.money_left = election_.budget - out.cost;
          r.holders = holders;
          r.holders_total = ratio(contrib, scale_);
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
    const std::uint64_t g = gcd_u64(k, offer.numerator.mod(static_cast<std::uint32_t>(k)));
    const std::uint64_t factor = k / g;
    BigNat q = offer.numerator;
    if (factor > 1) {
      scale_.mul(factor);
      for (std::size_t c = 1; c < budgets_.size(); ++c) {
        if (members_[c] > 0) budgets_[c].mul(factor);
      }
      q.mul(factor);
    }
    q.div(static_cast<std::uint32_t>(k));

    ProjectRun& r = out.projects[p];
    r.funded = true;
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
          ++r.equal_payers;
        }
        voter_class_[v] = 0;
        continue;
      }
      ++r.equal_payers;
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
    r.share = ratio(q, scale_);
    r.all_in_total = ratio(all_in, scale_);
    out.selected.push_back(p);
    out.cost += election_.projects[p].cost;
    out.rounds = round;
  }

  const Election& election_;
  const Support& support_;
  const std::vector<std::int32_t>& rank_;
  Utility utility_;
  std::vector<std::int32_t> free_;        // supported projects that cost nothing
  std::vector<std::int32_t> candidates_;  // supported projects with a cost

  BigNat scale_;
  std::vector<BigNat> budgets_;        // per class, scaled; class 0 is "nothing left"
  std::vector<std::int64_t> members_;  // voters per class
  std::vector<std::int32_t> voter_class_;
  std::vector<std::int64_t> count_;  // scratch: supporters per class
  std::vector<std::int32_t> remap_;  // scratch: class after paying
  std::vector<double> lower_bound_;  // per project: rho can only be this or more
};

bool exhaustive(const Election& election, const std::vector<std::int32_t>& candidates,
                const Run& run) {
  for (const std::int32_t p : candidates) {
    if (run.projects[p].funded) continue;
    if (run.cost + election.projects[p].cost <= election.budget) return false;
  }
  return true;
}

void explain(const Election& election, const Run& run, Outcome& outcome) {
  const std::int32_t decimals = election.money_decimals;
  for (std::size_t p = 0; p < election.projects.size(); ++p) {
    const ProjectRun& r = run.projects[p];
    ProjectExplanation& e = outcome.explanation[p];
    e.round = r.round;
    e.money_left = r.money_left;
    const std::string cost = format_money_exact(election.projects[p].cost, decimals);
    if (r.funded) {
      e.verdict = Verdict::kFunded;
      if (election.projects[p].cost <= 0) {
        e.detail = "funded at no cost";
        continue;
      }
      e.detail = "bought in round " + std::to_string(r.round) + " for " + cost + ": " +
                 std::to_string(r.equal_payers) + " supporters paid " +
                 format_amount(r.share, decimals) + " each";
      if (r.all_in_payers > 0) {
        e.detail += ", " + std::to_string(r.all_in_payers) + " paid all they had left (" +
                    format_amount(r.all_in_total, decimals) + " together)";
      }
    } else if (r.unaffordable) {
      e.verdict = Verdict::kUnaffordable;
      e.detail = "in round " + std::to_string(r.round) + " its " + std::to_string(r.holders) +
                 " supporters with money left had " + format_amount(r.holders_total, decimals) +
                 " between them; it costs " + cost;
    } else {
      e.verdict = Verdict::kNoSupport;
      e.detail = "nobody voted for it";
    }
  }
}

}  // namespace

Outcome equal_shares(const Election& election, Utility utility, Completion completion,
                     TieBreak tie_break, bool fund_unsupported,
                     const CompletionProgress& progress) {
  const Support support = build_support(election);
  const std::vector<std::int32_t> rank = tie_break_rank(election, support, tie_break);
  EqualSharesCounter counter(election, support, rank, utility);

  Outcome outcome;
  outcome.options = {Rule::kEqualShares, utility, completion, tie_break, fund_unsupported};
  outcome.explanation = blank_explanations(election, support);

  Run result;
  if (completion == Completion::kNone) {
    result = counter.run(0);
  } else {
    // pabutools' iterated MES (voter_budget_increment=1): raise every voter's
    // budget by one unit until the outcome is exhaustive; if a raise makes it
    // exceed the budget, keep the one before.
    std::uint64_t unit = 1;
    for (std::int32_t i = 0; i < election.money_decimals; ++i) unit *= 10;
    std::optional<Run> previous;
    for (std::int64_t step = 0;; ++step) {
      Run run = counter.run(unit * static_cast<std::uint64_t>(step));
      if (run.cost > election.budget && previous) {
        result = std::move(*previous);
        outcome.completion_steps = step - 1;
        break;
      }
      if (run.cost > election.budget || exhaustive(election, counter.candidates(), run) ||
          election.ballots.empty()) {
        result = std::move(run);
        outcome.completion_steps = step;
        break;
      }
      previous = std::move(run);
      if (progress) progress(step + 1);
    }
  }
  outcome.selected = result.selected;
  outcome.cost = result.cost;
  explain(election, result, outcome);
  if (completion == Completion::kAdd1Utilitarian) {
    greedy_fill(election, support, rank, utility, fund_unsupported, result.rounds, true, outcome);
  }
  return outcome;
}

}  // namespace sammen::counting
