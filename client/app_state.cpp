#include "app_state.h"

namespace sammen::client {

std::string_view screen_id(Screen screen) {
  switch (screen) {
    case Screen::kLoading: return "loading";
    case Screen::kStart: return "start";
    case Screen::kDistrict: return "district";
    case Screen::kBallot: return "ballot";
    case Screen::kSubmit: return "submit";
    case Screen::kConfirmation: return "confirmation";
    case Screen::kResults: return "results";
  }
  return "unknown";
}

bool ready(const AppState& state) { return state.detail.has_value() && state.screen != Screen::kLoading; }

std::string_view currency(const AppState& state) {
  return state.detail ? std::string_view(state.detail->municipality.currency) : std::string_view("NOK");
}

std::string district_name(const AppState& state, std::string_view district_id) {
  if (state.detail) {
    if (const District* district = find_district(state.detail->municipality, district_id)) {
      return district->name;
    }
  }
  return std::string(district_id);
}

std::vector<const Proposal*> proposals_in(const AppState& state, std::string_view district_id) {
  std::vector<const Proposal*> out;
  if (!state.detail) return out;
  for (const Proposal& proposal : state.detail->process.proposals) {
    if (proposal.district_id == district_id && on_ballot(proposal)) out.push_back(&proposal);
  }
  return out;
}

}  // namespace sammen::client
