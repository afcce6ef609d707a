// Process setup: creating a process and changing its settings.
//
// ProcessSettings is everything an administrator sets on a process except
// its proposals (proposal_setup.h) and its state (opening.h, closing,
// publishing). Every problem is reported at once, each naming its field:
// texts present and not too long, a voting phase that ends after it starts
// and phases in order without overlap and one of each kind, budgets only for
// the municipality's districts, once each and never negative, ballot limits
// and an age range that make sense, eligible districts among those with a
// budget. A change to a frozen setting (freeze.h) is refused too.
#pragma once

#include <string>
#include <vector>

#include "sammen/core/result.h"
#include "sammen/processes/municipality.h"
#include "sammen/processes/process.h"

namespace sammen {

struct ProcessSettings {
  std::string id;  // read when a process is created; the URL names it after
  std::string title;
  std::string description;
  std::vector<ProcessText> translations;
  Rung rung = Rung::kCoDecide;
  BallotRules ballot;
  counting::Rule counting_rule = counting::Rule::kGreedy;
  Eligibility eligibility;
  std::vector<Phase> phases;
  std::vector<DistrictBudget> budgets;
};

inline constexpr int kOldestAge = 150;
inline constexpr int kMostApprovals = 1000;

ProcessSettings settings_of(const Process& process);

// Every problem of `settings` for `municipality` (the id is not checked).
std::vector<Problem> validate_settings(const ProcessSettings& settings,
                                       const Municipality& municipality);

// A new process with no proposals yet; kDuplicateId when `existing_ids` has its id.
Result<Process> new_process(const ProcessSettings& settings, const Municipality& municipality,
                            const std::vector<std::string>& existing_ids);

// `process` with `settings` (its id stays); refused when invalid or when a
// frozen setting would change at `now`.
Result<Process> with_settings(const Process& process, const ProcessSettings& settings,
                              const Municipality& municipality, UnixSeconds now);

// What decides who is on a voter roll ("13-19|sentrum,stranda"): a roll
// imported under another key no longer fits the process.
std::string eligibility_key(const Process& process);

}  // namespace sammen
