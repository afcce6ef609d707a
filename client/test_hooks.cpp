#include "test_hooks.h"

#include <cmath>

#include "sammen/ballot.h"
#include "sammen/wire.h"
#include "screens.h"

namespace sammen::client {
namespace {

using wire::Json;

// The message as the resident sees it now: in the current language.
Json error_json(const std::optional<ServerError>& error, const AppState& state) {
  if (!error) return nullptr;
  return {{"code", error->code},
          {"message", error_text(*error, state.language, currency(state))},
          {"status", error->status}};
}

double rounded(float value) { return std::round(value * 10.0f) / 10.0; }

}  // namespace

std::string test_hooks_json(const AppState& state, const Ui& ui) {
  Json s = Json::object();
  s["district"] = state.district_id;
  s["ballot"] = state.ballot.proposal_ids;
  s["submitting"] = state.submitting;
  s["stored"] = state.receipt.has_value();
  s["replaced"] = state.receipt && state.receipt->replaced;
  s["stored_ballot"] = state.receipt ? Json(state.receipt->ballot.proposal_ids) : Json::array();
  s["demo_codes"] = state.demo ? Json(state.demo->voter_codes) : Json::array();
  s["last_error"] = error_json(state.submit_error ? state.submit_error
                               : state.load_error ? state.load_error
                                                  : state.result_error,
                               state);
  s["result_loaded"] = state.result.has_value();
  if (state.detail) {
    const Process& process = state.detail->process;
    s["process_id"] = process.id;
    s["voting_open"] = state.detail->voting_open;
    s["result_published"] = process.result_published;
    s["total"] = ballot_cost(state.ballot, process);
    const DistrictBudget* budget = find_budget(process, state.district_id);
    s["budget"] = budget ? budget->budget : 0;
    s["left"] = budget ? budget->budget - ballot_cost(state.ballot, process) : 0;
  }
  if (state.result) {
    Json funded = Json::object();
    for (const DistrictOutcome& district : state.result->districts) {
      Json ids = Json::array();
      for (const ProposalOutcome& outcome : district.proposals) {
        if (outcome.verdict == counting::Verdict::kFunded) ids.push_back(outcome.proposal_id);
      }
      funded[district.district_id] = ids;
    }
    s["funded"] = funded;
  }

  Json widgets = Json::object();
  for (const auto& [name, rect] : ui.widgets()) {
    widgets[name] = {{"x", rounded(rect.x)}, {"y", rounded(rect.y)}, {"w", rounded(rect.w)},
                     {"h", rounded(rect.h)}, {"visible", rect.visible}, {"enabled", rect.enabled},
                     {"label", rect.label}};
  }
  return Json{{"ready", ready(state)},
              {"screen", screen_id(state.screen)},
              {"language", language_tag(state.language)},
              {"state", s},
              {"widgets", widgets}}
      .dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace sammen::client
