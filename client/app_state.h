// AppState: everything the client knows, in one value the screens draw from.
//
// The server's data arrives decoded by the model's wire functions; the ballot
// being built is a sammen::Ballot, so validation, totals and explanations come
// from the model, never from the client. Screens read this struct and return
// an Intent; only App changes it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/ballot.h"
#include "sammen/language.h"
#include "sammen/problem.h"
#include "sammen/tally.h"
#include "sammen/wire_values.h"

namespace sammen::client {

enum class Screen { kLoading, kStart, kDistrict, kBallot, kSubmit, kConfirmation, kResults };

// The stable name of a screen in the test hooks: "start", "ballot", ...
std::string_view screen_id(Screen screen);

// An error: the server's answer ({"error": {...}}), problems found in a 2xx
// answer or in the ballot before sending, or a failed connection (status 0).
// Only the problems are kept, so screens render them in the language chosen
// at the time (error_text), not in the one the request was sent in.
struct ServerError {
  int status = 0;
  std::string code;               // wire id of the first problem; "network" when no answer
  std::vector<Problem> problems;  // empty for "network" and for codes this build does not know
  std::string message;            // the server's own sentence; only for codes we do not know
};

struct AppState {
  Language language = Language::kNorwegianBokmal;
  Screen screen = Screen::kLoading;

  std::vector<wire::ProcessSummary> processes;
  std::optional<wire::ProcessDetail> detail;  // the process being voted on
  std::optional<wire::DemoCodes> demo;

  std::string district_id;  // chosen district, empty until chosen
  Ballot ballot;            // the ballot being built
  std::string voter_code;   // as typed

  bool submitting = false;
  std::optional<wire::BallotReceipt> receipt;  // set when the server stored the ballot

  bool result_loading = false;
  std::optional<ProcessResult> result;

  std::optional<ServerError> load_error;    // loading the process failed
  std::optional<ServerError> submit_error;  // the last submission failed
  std::optional<ServerError> result_error;  // loading the result failed

  std::int64_t frame = 0;
};

// Data is loaded and the resident can act.
bool ready(const AppState& state);

// Lookups the screens share (no rules: those are the model's).
std::string_view currency(const AppState& state);
std::string district_name(const AppState& state, std::string_view district_id);
// Proposals on the ballot of `district_id`, in the process's order.
std::vector<const Proposal*> proposals_in(const AppState& state, std::string_view district_id);

}  // namespace sammen::client
