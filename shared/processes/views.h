// Views: what the API shows of processes, at the server's `now`.
//
// Plain values without JSON (their wire mapping is in wire.h): the list of
// processes with the municipality, one process in detail with its state,
// and the answer to closing a vote.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/processes/municipality.h"
#include "sammen/processes/process.h"

namespace sammen {

// One row of GET /api/v1/processes: a process and its state at some moment.
struct ProcessSummary {
  std::string id;
  std::string title;
  Rung rung = Rung::kInform;
  std::optional<PhaseKind> phase;  // none between phases
  bool voting_open = false;
  bool result_published = false;
};

// `process` as it stands at `now`.
ProcessSummary summarize(const Process& process, UnixSeconds now);

// GET /api/v1/processes: the municipality and every process it runs.
struct ProcessList {
  std::optional<Municipality> municipality;  // none before a first setup (null)
  std::vector<ProcessSummary> processes;
};

// A process as a resident's client sees it: with its municipality (district
// names, currency) and its state at the server's `now`.
struct ProcessDetail {
  Municipality municipality;
  Process process;
  UnixSeconds now = 0;
  std::optional<PhaseKind> phase;
  bool voting_open = false;
};

ProcessDetail detail_of(Municipality municipality, Process process, UnixSeconds now);

// POST /api/v1/processes/{id}/close: the process as it stands after closing.
struct VotingClosed {
  ProcessSummary process;
};

}  // namespace sammen
