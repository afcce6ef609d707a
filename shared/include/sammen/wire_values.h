// Wire values: what the requests and answers of the /api/v1 API carry.
//
// Plain structs without JSON, so code that only holds these values (the
// server's Store, the client's state) need not include nlohmann. Their JSON,
// and the decoders that read it back, are in sammen/wire.h; the two sides of
// the API use those functions, so they cannot disagree about the format.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/ballot.h"
#include "sammen/language.h"
#include "sammen/problem.h"
#include "sammen/process.h"

namespace sammen::wire {

// A process as a resident's client sees it: with its municipality (district
// names, currency) and its state at the server's `now`.
struct ProcessDetail {
  Municipality municipality;
  Process process;
  UnixSeconds now = 0;
  std::optional<PhaseKind> phase;
  bool voting_open = false;
};

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

// GET /api/v1/demo: the public voter codes of the demo process. Only a demo
// has them; a real deployment never stores voter codes in plain text.
struct DemoCodes {
  std::string process_id;
  std::vector<std::string> voter_codes;
};

// What a voter sends to POST /api/v1/processes/{id}/ballots.
struct BallotSubmission {
  std::string voter_code;
  Ballot ballot;
  std::optional<Language> language;
};

// The answer to a stored ballot: the ballot as stored, and whether it
// replaced the voter's earlier one.
struct BallotReceipt {
  bool replaced = false;
  Ballot ballot;
  UnixSeconds stored_at = 0;
};

// An error answer: the problems the server reported, at least one, without
// its sentences (render them with sentence() in the reader's language). A
// struct rather than the bare vector, since a Result<std::vector<Problem>>
// could not tell its value from its failure.
struct ErrorReport {
  std::vector<Problem> problems;
};

}  // namespace sammen::wire
