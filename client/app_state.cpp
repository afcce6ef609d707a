#include "app_state.h"

namespace sammen::client {

bool ready(const AppState& state) {
  return (state.processes.detail.has_value() || state.processes.none) &&
         state.screen != processes::kLoadingScreen;
}

std::string_view currency(const AppState& state) {
  return state.processes.detail ? std::string_view(state.processes.detail->municipality.currency)
                                : std::string_view("NOK");
}

std::string district_name(const AppState& state, std::string_view district_id) {
  if (state.processes.detail) {
    if (const District* district =
            find_district(state.processes.detail->municipality, district_id)) {
      return district->name;
    }
  }
  return std::string(district_id);
}

}  // namespace sammen::client
