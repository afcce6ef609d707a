// AppState: everything the client knows, in one value the screens draw from.
//
// Each feature keeps its part; screens read all of it and change none of it
// (they return an Intent, which App applies). A new feature adds its line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "audit/state.h"
#include "ballots/state.h"
#include "core/intents.h"
#include "demo/state.h"
#include "people/state.h"
#include "processes/state.h"
#include "results/state.h"
#include "rolls/state.h"
#include "setup/state.h"

namespace sammen::client {

struct AppState {
  Language language = Language::kNorwegianBokmal;
  ScreenId screen = processes::kLoadingScreen;
  std::int64_t frame = 0;
  // Where an address (the first one, or Back and Forward) asks to go, until
  // the process it names is loaded.
  std::optional<Route> wanted;

  processes::State processes;
  demo::State demo;
  ballots::State ballots;
  results::State results;
  // The staff's console.
  people::State people;
  setup::State setup;
  rolls::State rolls;
  audit::State audit;
};

// Data is loaded (a process, or the news that there is none yet) and the resident can act.
bool ready(const AppState& state);

// Lookups every screen uses (no rules: those are the model's).
std::string_view currency(const AppState& state);
std::string district_name(const AppState& state, std::string_view district_id);

}  // namespace sammen::client
