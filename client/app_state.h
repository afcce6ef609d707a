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
#include "sammen/tally.h"
#include "sammen/wire.h"

namespace sammen::client {

enum class Screen { kLoading, kStart, kDistrict, kBallot, kSubmit, kConfirmation, kResults };

// The stable name of a screen in the test hooks: "start", "ballot", ...
std::string_view screen_id(Screen screen);

// One row of GET /api/v1/processes.
struct ProcessSummary {
  std::string id;
  std::string title;
  bool voting_open = false;
  bool result_published = false;
};

// What GET /api/v1/demo tells a visitor: the demo voter codes.
struct DemoInfo {
  std::vector<std::string> voter_codes;
  std::string process_id;
};

// The server's answer to a stored ballot.
struct Receipt {
  bool replaced = false;
  Ballot ballot;
};

// An error answer from the server ({"error": {...}}), or a failed connection
// (status 0). Messages are the server's sentences, in the language sent.
struct ServerError {
  int status = 0;
  std::string code;  // stable wire id, e.g. "voter.code_unknown"; "network" when no answer
  std::string message;
  std::vector<std::string> details;  // one sentence per problem, when there are several
};

struct AppState {
  Language language = Language::kNorwegianBokmal;
  Screen screen = Screen::kLoading;

  std::vector<ProcessSummary> processes;
  std::optional<wire::ProcessDetail> detail;  // the process being voted on
  std::optional<DemoInfo> demo;

  std::string district_id;  // chosen district, empty until chosen
  Ballot ballot;            // the ballot being built
  std::string voter_code;   // as typed

  bool submitting = false;
  std::optional<Receipt> receipt;  // set when the server stored the ballot

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
