#include <algorithm>

#include "mes.h"

namespace sammen::counting::mes {

void Counter::begin(const Election& election, Run& out) const {
  out.projects.assign(election.projects.size(), ProjectRun{});
  for (const std::int32_t p : free_) {
    ProjectRun& r = out.projects[p];
    r.verdict = Verdict::kFunded;
    r.round = ++out.rounds;
    r.money_left = election.budget - out.cost;
    out.selected.push_back(p);
  }
  for (const std::int32_t p : no_value_) out.projects[p].verdict = Verdict::kNoValue;
}

ProjectRun& open_purchase(const Election& election, std::int32_t p, std::int32_t round, Run& out) {
  ProjectRun& r = out.projects[p];
  r.verdict = Verdict::kFunded;
  r.round = round;
  r.money_left = election.budget - out.cost;
  return r;
}

void close_purchase(const Election& election, std::int32_t p, std::int32_t round, Run& out) {
  out.selected.push_back(p);
  out.cost += election.projects[p].cost;
  out.rounds = round;
}

ProjectRun& mark_unaffordable(const Election& election, std::int32_t p, std::int32_t round,
                              std::int64_t holders, Run& out) {
  ProjectRun& r = out.projects[p];
  r.verdict = Verdict::kUnaffordable;
  r.round = round;
  r.money_left = election.budget - out.cost;
  r.holders = holders;
  return r;
}

double estimate_rho(const ExactOffer& offer, const BigNat& scale) {
  return ratio(offer.numerator, scale) / offer.denominator.to_double();
}

void record_unaffordable(const Election& election, std::int32_t p, std::int32_t round,
                         std::int64_t holders, const BigNat& money, const BigNat& scale,
                         bool explain, Run& out) {
  ProjectRun& r = mark_unaffordable(election, p, round, holders, out);
  if (explain) {
    r.holders_money = static_cast<Money>(rounded_quotient(money, scale));
    r.holders_total = format_money_ratio(money, scale, election.money_decimals);
  }
}

void exact_rounds(std::vector<std::int32_t> remaining, std::vector<double>& lower_bound,
                  const std::vector<std::int32_t>& rank, ExactPricer& pricer, Run& out) {
  ExactOffer best;
  ExactOffer offer;
  BigNat lhs;
  BigNat rhs;
  while (!remaining.empty()) {
    const std::int32_t round = out.rounds + 1;
    std::sort(remaining.begin(), remaining.end(),
              [&](std::int32_t a, std::int32_t b) { return lower_bound[a] < lower_bound[b]; });
    bool have_best = false;
    double best_rho = 0;
    std::size_t kept = 0;
    std::size_t i = 0;
    for (; i < remaining.size(); ++i) {
      const std::int32_t p = remaining[i];
      // A margin far above rounding error: the bound never decides anything.
      if (have_best && lower_bound[p] > best_rho * (1 + 1e-9)) break;
      if (!pricer.price(p, offer)) {
        pricer.drop(p, round, out);
        continue;  // dropped for good: budgets only fall
      }
      remaining[kept++] = p;
      const double rho = pricer.estimate(offer);
      lower_bound[p] = rho;
      bool better = !have_best;
      if (have_best) {
        BigNat::mul(lhs, offer.numerator, best.denominator);
        BigNat::mul(rhs, best.numerator, offer.denominator);
        const int cmp = BigNat::compare(lhs, rhs);
        better = cmp < 0 || (cmp == 0 && rank[p] < rank[best.project]);
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
    pricer.buy(best, round, out);
    remaining.erase(std::find(remaining.begin(), remaining.end(), best.project));
  }
}

namespace {

// The fast path first; the exact count whenever it could not settle a run.
class AutoUniformCounter final : public Counter {
 public:
  AutoUniformCounter(std::unique_ptr<Counter> fast, std::unique_ptr<Counter> exact)
      : fast_(std::move(fast)), exact_(std::move(exact)) {
    candidates_ = exact_->candidates();
  }

  Run run(std::uint64_t extra_per_voter, bool explain) override {
    Run fast = fast_->run(extra_per_voter, explain);
    if (fast.certain) {
      ++fast_runs_;
      return fast;
    }
    ++exact_runs_;
    return exact_->run(extra_per_voter, explain);
  }

 private:
  std::unique_ptr<Counter> fast_;
  std::unique_ptr<Counter> exact_;
};

}  // namespace

std::unique_ptr<Counter> uniform_counter(const Election& election, const Support& support,
                                         const std::vector<std::int32_t>& rank, Utility utility,
                                         Engine engine) {
  switch (engine) {
    case Engine::kExact: return exact_uniform_counter(election, support, rank, utility);
    case Engine::kFast: return fast_uniform_counter(election, support, rank, utility);
    case Engine::kAuto: break;
  }
  return std::make_unique<AutoUniformCounter>(
      fast_uniform_counter(election, support, rank, utility),
      exact_uniform_counter(election, support, rank, utility));
}

void sort_projects(const Election& election, const Support& support,
                   const std::vector<std::int32_t>& rank, Utility utility,
                   std::vector<std::int32_t>& free, std::vector<std::int32_t>& candidates,
                   std::vector<std::int32_t>& no_value) {
  for (std::size_t p = 0; p < election.projects.size(); ++p) {
    if (support.votes[p] == 0) continue;
    const auto index = static_cast<std::int32_t>(p);
    if (election.projects[p].cost > 0) {
      candidates.push_back(index);
    } else if (utility == Utility::kCost) {
      no_value.push_back(index);  // free, so worth nothing under cost utility
    } else {
      free.push_back(index);
    }
  }
  std::sort(free.begin(), free.end(),
            [&](std::int32_t a, std::int32_t b) { return rank[a] < rank[b]; });
}

}  // namespace sammen::counting::mes
