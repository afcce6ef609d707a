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

}  // namespace sammen::counting::mes
