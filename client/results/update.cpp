#include "results/update.h"

#include "sammen/results/wire.h"

namespace sammen::client::results {
namespace {

void on_result(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  State& results = state.results;
  results.loading = false;
  std::optional<Tally> tally = answer_value<Tally>(answer, results.error);
  if (!tally) return;
  results.tally = std::move(tally);
  results.error.reset();
}

}  // namespace

void apply(AppState& state, const JumpToDistrict& intent, Outbox&) {
  state.results.jump_district = intent.district_id;
  ++state.results.jump_request;
}

void load(AppState& state, Outbox& outbox) {
  State& results = state.results;
  results.error.reset();
  if (results.tally || results.loading || !state.processes.detail) return;
  results.loading = true;
  outbox.send({"GET",
               process_path(state.processes.detail->process.id) +
                   "/result?lang=" + std::string(language_tag(state.language)),
               ""},
              on_result);
}

}  // namespace sammen::client::results
