// A small process for model tests: two districts, knapsack ballot, voting open
// between t=1000 and t=2000. Costs are in øre. And codes_of(problems).
#pragma once

#include <vector>

#include "sammen/core/problem.h"
#include "sammen/processes/process.h"

namespace sammen::testing {

inline Process two_district_process() {
  Process p;
  p.id = "pb-2027";
  p.title = "Innbyggerbudsjett 2027";
  p.rung = Rung::kCoDecide;
  p.ballot = {BallotFormat::kKnapsack, 0, 0};
  p.phases = {{PhaseKind::kIdeas, 0, 500},
              {PhaseKind::kReview, 500, 1000},
              {PhaseKind::kVoting, 1000, 2000},
              {PhaseKind::kResults, 2000, 3000}};
  p.budgets = {{"sentrum", kroner(1'000'000)}, {"ostbyen", kroner(500'000)}};
  p.proposals = {
      {"benker", "sentrum", "Benker langs elva", "", kroner(200'000), ProductionForm::kMunicipal,
       ProposalStatus::kAccepted},
      {"park", "sentrum", "Innbyggerpark", "", kroner(700'000), ProductionForm::kCoProduction,
       ProposalStatus::kAccepted},
      {"leksekafe", "sentrum", "Leksekafé", "", kroner(300'000), ProductionForm::kSelfProduction,
       ProposalStatus::kAccepted},
      {"skoyte", "sentrum", "Skøytebane", "", kroner(400'000), ProductionForm::kMunicipal,
       ProposalStatus::kRejected},
      {"sykkel", "ostbyen", "Sykling uten alder", "", kroner(150'000),
       ProductionForm::kCoProduction, ProposalStatus::kAccepted},
  };
  return p;
}

// Moments of two_district_process(): before its vote opens, and during it.
inline constexpr UnixSeconds kBeforeTheVote = 900;
inline constexpr UnixSeconds kDuringTheVote = 1500;

// The codes of `problems`, in order: what most tests of problems compare.
inline std::vector<ErrorCode> codes_of(const std::vector<Problem>& problems) {
  std::vector<ErrorCode> out;
  for (const Problem& p : problems) out.push_back(p.code);
  return out;
}

}  // namespace sammen::testing
