#include "sammen/counting/equal_shares.h"

#include <memory>
#include <optional>

#include "mes.h"
#include "support.h"

namespace sammen::counting {
namespace {

bool exhaustive(const Election& election, const std::vector<std::int32_t>& candidates,
                const mes::Run& run) {
  for (const std::int32_t p : candidates) {
    if (run.projects[p].verdict == Verdict::kFunded) continue;
    if (run.cost + election.projects[p].cost <= election.budget) return false;
  }
  return true;
}

std::string supporters(std::int64_t count) {
  return std::to_string(count) + (count == 1 ? " supporter" : " supporters");
}

void explain(const Election& election, const mes::Run& run, bool per_point, Outcome& outcome) {
  const std::int32_t decimals = election.money_decimals;
  for (std::size_t p = 0; p < election.projects.size(); ++p) {
    const mes::ProjectRun& r = run.projects[p];
    ProjectExplanation& e = outcome.explanation[p];
    e.verdict = r.verdict;
    e.round = r.round;
    e.money_left = r.money_left;
    e.payers = r.payers;
    e.all_in_payers = r.all_in_payers;
    const std::string cost = format_money_exact(election.projects[p].cost, decimals);
    switch (r.verdict) {
      case Verdict::kFunded:
        if (election.projects[p].cost <= 0) {
          e.detail = "funded at no cost";
          break;
        }
        e.detail = "bought in round " + std::to_string(r.round) + " for " + cost + ": " +
                   supporters(r.payers) + " paid " + r.share + (per_point ? " per point" : " each");
        if (r.all_in_payers > 0) {
          e.detail += ", " + std::to_string(r.all_in_payers) + " paid all they had left (" +
                      r.all_in_total + " together)";
        }
        break;
      case Verdict::kUnaffordable:
        e.payers = r.holders;
        e.supporters_money = r.holders_money;
        e.detail = "in round " + std::to_string(r.round) + " its " + supporters(r.holders) +
                   " with money left had " + r.holders_total + " between them; it costs " + cost;
        break;
      case Verdict::kNoValue:
        e.detail = "it costs nothing, so under cost utility it adds no satisfaction";
        break;
      default: e.detail = "nobody voted for it"; break;
    }
  }
}

}  // namespace

Outcome equal_shares(const Election& election, Utility utility, Completion completion,
                     TieBreak tie_break, bool fund_unsupported,
                     const CompletionProgress& progress) {
  const Support support = build_support(election);
  const std::vector<std::int32_t> rank = tie_break_rank(election, support, tie_break);
  const bool per_point = weighted(election, utility);
  const std::unique_ptr<mes::Counter> counter =
      per_point ? mes::weighted_counter(election, support, rank)
                : mes::uniform_counter(election, support, rank, utility, mes::Engine::kAuto);

  Outcome outcome;
  outcome.options = {Rule::kEqualShares, utility, completion, tie_break, fund_unsupported};
  outcome.explanation = blank_explanations(election, support);

  // pabutools' iterated MES (voter_budget_increment=1): raise every voter's
  // budget by one whole currency unit until the outcome is exhaustive; if a
  // raise makes it exceed the budget, keep the one before. Counted without
  // texts, then the chosen step once more with them.
  std::uint64_t unit = 1;
  for (std::int32_t i = 0; i < election.money_decimals; ++i) unit *= 10;
  std::int64_t step = 0;
  if (completion != Completion::kNone) {
    for (;; ++step) {
      const mes::Run run = counter->run(unit * static_cast<std::uint64_t>(step), false);
      if (run.cost > election.budget) {
        if (step > 0) --step;
        break;
      }
      if (exhaustive(election, counter->candidates(), run) || election.ballots.empty()) break;
      if (progress) progress(step + 1);
    }
  }
  const mes::Run result = counter->run(unit * static_cast<std::uint64_t>(step), true);
  outcome.completion_steps = step;
  outcome.fast_counts = counter->fast_runs();
  outcome.exact_counts = counter->exact_runs();
  outcome.selected = result.selected;
  outcome.cost = result.cost;
  explain(election, result, per_point, outcome);
  if (completion == Completion::kAdd1Utilitarian) {
    greedy_fill(election, support, rank, utility, fund_unsupported, result.rounds, true, outcome);
  }
  return outcome;
}

}  // namespace sammen::counting
