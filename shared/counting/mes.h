// MES internals: one count of the Method of Equal Shares at a given voter
// budget, by one of two exact counters behind one interface.
//
// UniformCounter serves utilities every supporter of a project shares (cost,
// cardinality, points on ballots without points): voters with equal budgets
// form classes. WeightedCounter serves points utility on ballots with points:
// each supporter pays the price per point times their points. Both start every
// voter at budget / voters + extra, buy the project with the lowest price per
// unit of satisfaction (ties: tie-break order), never overspend, and hold
// money as integers over one common scale, so no decision rests on rounding.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sammen/counting/election.h"
#include "sammen/counting/outcome.h"
#include "big_nat.h"
#include "support.h"

namespace sammen::counting::mes {

// What one run decided about a project, with the numbers its explanation
// quotes (the texts only when the counter was asked to explain).
struct ProjectRun {
  Verdict verdict = Verdict::kNoSupport;  // kFunded, kUnaffordable, kNoValue or kNoSupport
  std::int32_t round = 0;
  Money money_left = 0;
  std::int64_t payers = 0;         // funded: paid the equal share (or the price per point)
  std::int64_t all_in_payers = 0;  // funded: paid all they had left, which was less
  std::int64_t holders = 0;        // unaffordable: supporters with money left
  Money holders_money = 0;         // unaffordable: that money together, rounded
  std::string share;               // funded: the equal share, or the price per point
  std::string all_in_total;        // funded: what the all-in payers paid together
  std::string holders_total;       // unaffordable: holders_money, exactly
};

struct Run {
  std::vector<std::int32_t> selected;
  Money cost = 0;
  std::vector<ProjectRun> projects;
  std::int32_t rounds = 0;
  // False when the fast path met a decision its error bound could not settle
  // and gave up (the rest of the run is then meaningless).
  bool certain = true;
};

class Counter {
 public:
  virtual ~Counter() = default;
  // One count where every voter starts with budget / voters + extra (in
  // Election money units). With `explain`, the texts of ProjectRun are filled.
  virtual Run run(std::uint64_t extra_per_voter, bool explain) = 0;
  // The projects MES may buy for money (supported, with a cost, of some
  // value): the ones an exhaustive outcome is measured against.
  const std::vector<std::int32_t>& candidates() const { return candidates_; }
  // Runs settled by the fast path and runs counted exactly (uniform only).
  std::int64_t fast_runs() const { return fast_runs_; }
  std::int64_t exact_runs() const { return exact_runs_; }

 protected:
  std::int64_t fast_runs_ = 0;
  std::int64_t exact_runs_ = 0;
  std::vector<std::int32_t> free_;        // of value and free: funded first, in tie-break order
  std::vector<std::int32_t> candidates_;  // see candidates()
  std::vector<std::int32_t> no_value_;    // supported, but worth nothing under the utility
  // Starts `out`: free projects funded, worthless ones marked.
  void begin(const Election& election, Run& out) const;
};

// The bookkeeping every counter does around a decision: p bought in `round`
// (open before paying, close after), or p found unaffordable.
ProjectRun& open_purchase(const Election& election, std::int32_t p, std::int32_t round, Run& out);
void close_purchase(const Election& election, std::int32_t p, std::int32_t round, Run& out);
ProjectRun& mark_unaffordable(const Election& election, std::int32_t p, std::int32_t round,
                              std::int64_t holders, Run& out);

// A price found exactly: project p at rho = numerator / (denominator * D),
// D the counter's common scale.
struct ExactOffer {
  std::int32_t project = -1;
  BigNat numerator;
  BigNat denominator;
  std::int64_t payers = 0;
};

// What an exact counter does for the round loop they share.
class ExactPricer {
 public:
  virtual ~ExactPricer() = default;
  // p's offer; false when its supporters cannot pay for it (then drop()).
  virtual bool price(std::int32_t p, ExactOffer& offer) = 0;
  virtual void drop(std::int32_t p, std::int32_t round, Run& out) = 0;
  virtual void buy(const ExactOffer& offer, std::int32_t round, Run& out) = 0;
  // rho as a double: only to order the work and skip hopeless projects.
  virtual double estimate(const ExactOffer& offer) const = 0;
};

// rho of an exact offer over the scale D, as a double (for ordering work).
double estimate_rho(const ExactOffer& offer, const BigNat& scale);

// Records that p's `holders` supporters with money left could not pay for it
// in `round`; `money` (over `scale`) is what they had together.
void record_unaffordable(const Election& election, std::int32_t p, std::int32_t round,
                         std::int64_t holders, const BigNat& money, const BigNat& scale,
                         bool explain, Run& out);

// The rounds of an exact MES count: each round prices the projects left in
// order of `lower_bound` (rho can only rise, so a project whose bound is far
// above the round's best is skipped), drops those nobody can pay for, and
// buys the lowest exact price (ties: tie-break order).
void exact_rounds(std::vector<std::int32_t> remaining, std::vector<double>& lower_bound,
                  const std::vector<std::int32_t>& rank, ExactPricer& pricer, Run& out);

// Sorts a uniform utility's supported projects into free (of value, funded
// first, in tie-break order), candidates and worthless ones (free under cost
// utility).
void sort_projects(const Election& election, const Support& support,
                   const std::vector<std::int32_t>& rank, Utility utility,
                   std::vector<std::int32_t>& free, std::vector<std::int32_t>& candidates,
                   std::vector<std::int32_t>& no_value);

// How the uniform counter computes. kAuto: the fast path (floating point with
// a proven error bound on every value), and an exact count whenever some
// decision falls within that bound. kExact: always exact. kFast: the fast path
// alone; its Run says whether it settled every decision (for tests).
enum class Engine { kAuto, kExact, kFast };

std::unique_ptr<Counter> uniform_counter(const Election& election, const Support& support,
                                         const std::vector<std::int32_t>& rank, Utility utility,
                                         Engine engine = Engine::kAuto);
// What both uniform counters hold: the election, who supports what, the
// tie-break ranks and the utility, with the projects sorted.
class UniformBase : public Counter {
 public:
  UniformBase(const Election& election, const Support& support,
              const std::vector<std::int32_t>& rank, Utility utility)
      : election_(election), support_(support), rank_(rank), utility_(utility) {
    sort_projects(election, support, rank, utility, free_, candidates_, no_value_);
  }

 protected:
  // Starts a run: `out` begun, explain_ set; false when there are no voters
  // (then `out` is already the whole run).
  bool start_run(bool explain, Run& out) {
    begin(election_, out);
    explain_ = explain;
    return !election_.ballots.empty();
  }

  const Election& election_;
  const Support& support_;
  const std::vector<std::int32_t>& rank_;
  Utility utility_;
  bool explain_ = false;  // the current run fills the texts of ProjectRun
};

// The two halves of uniform_counter(); the fast one returns runs that may be
// uncertain (Run::certain).
std::unique_ptr<Counter> exact_uniform_counter(const Election& election, const Support& support,
                                               const std::vector<std::int32_t>& rank,
                                               Utility utility);
std::unique_ptr<Counter> fast_uniform_counter(const Election& election, const Support& support,
                                              const std::vector<std::int32_t>& rank,
                                              Utility utility);

std::unique_ptr<Counter> weighted_counter(const Election& election, const Support& support,
                                          const std::vector<std::int32_t>& rank);

}  // namespace sammen::counting::mes
