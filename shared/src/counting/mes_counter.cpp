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
