// Opening: an administrator opens voting now.
//
// Voting can open when the rung allows a vote, voting was neither closed nor
// published, the process has a voting phase that ends in the future, at
// least one district has a budget and an accepted proposal, and a voter
// roll fits the process's current eligibility. Opening moves the voting
// phase's start to `now` (earlier phases end then at the latest), which
// freezes the settings that decide the outcome (freeze.h). Opening an open
// vote changes nothing.
#pragma once

#include "sammen/core/result.h"
#include "sammen/processes/process.h"

namespace sammen {

// What the voter roll looks like to the process.
struct RollState {
  std::int64_t voters = 0;
  bool fits = true;  // imported under the process's current eligibility (eligibility_key)
};

Result<Process> opened(const Process& process, const RollState& roll, UnixSeconds now);

}  // namespace sammen
