// What the client knows while an administrator sets up the municipality and
// a process: the municipality and the processes as the server has them, the
// process being set up (empty id: a new one) in detail, the choices of its
// forms that are not text (the text is in the forms' HTML fields), what
// became of the last change sent, and the count shown before publishing.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/http.h"
#include "core/intents.h"
#include "sammen/processes/views.h"
#include "sammen/results/tally.h"

namespace sammen::client::setup {

inline constexpr ScreenId kConsoleScreen = "console";
inline constexpr ScreenId kMunicipalityScreen = "municipality";
inline constexpr ScreenId kProcessScreen = "process_settings";
inline constexpr ScreenId kProposalsScreen = "proposals";
inline constexpr ScreenId kVotingScreen = "voting";

// The municipality form's choices: its languages and how many district rows it has.
struct MunicipalityChoices {
  std::vector<Language> languages = {Language::kNorwegianBokmal};
  int district_rows = 2;
  bool id_fixed = false;  // set up before: the id stays
};

// The process form's choices.
struct ProcessChoices {
  Rung rung = Rung::kCoDecide;
  BallotFormat format = BallotFormat::kKnapsack;
  counting::Rule rule = counting::Rule::kGreedy;
  std::set<std::string> eligible_districts;  // none: every district with a budget
};

// The proposal form's choices; `editing` names the proposal changed (empty: a new one).
struct ProposalChoices {
  std::string editing;
  std::string district_id;
  ProductionForm production = ProductionForm::kMunicipal;
  ProposalStatus status = ProposalStatus::kAccepted;
};

struct State {
  std::optional<ProcessList> list;  // the municipality (none before its setup) and the processes
  bool list_loading = false;
  std::string process_id;               // the process set up; empty: a new one
  std::optional<ProcessDetail> detail;  // that process as the server has it
  bool detail_loading = false;

  MunicipalityChoices municipality;
  ProcessChoices process;
  ProposalChoices proposal;

  bool sending = false;
  std::optional<ServerError> error;  // why the last change was refused, here or by the server
  std::string done;                  // what the last change did (a screen message key)
  std::optional<Tally> preview;      // the count before publishing
};

}  // namespace sammen::client::setup
