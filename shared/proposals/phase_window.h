// Phase window: which phase of a process is open at `now`, until when (said
// in the municipality's local time), what comes next, and what a resident
// can do now, as plain sentences (simple enough for a 13-year-old).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/language.h"
#include "sammen/processes/process.h"
#include "sammen/proposals/local_time.h"

namespace sammen {

struct PhaseWindow {
  std::optional<PhaseKind> open;         // none between or outside the phases
  std::optional<UnixSeconds> until;      // when the open phase ends
  std::optional<PhaseKind> next;         // the next phase to start after `now`
  std::optional<UnixSeconds> next_starts;
};

PhaseWindow phase_window(const Process& process, UnixSeconds now);

// The ideas phase's window, if the process has one.
const Phase* ideas_phase(const Process& process);

// "Ideas are open until 31.03.2028 kl. 23:59." and what a resident can do,
// one sentence each, in `language`.
std::vector<std::string> what_residents_can_do(const Process& process, const PhaseWindow& window,
                                               TimeZone zone, Language language);

}  // namespace sammen
