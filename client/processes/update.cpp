#include "processes/update.h"

#include "sammen/processes/wire.h"

namespace sammen::client::processes {
namespace {

const ProcessSummary* preferred(const std::vector<ProcessSummary>& processes) {
  for (const ProcessSummary& p : processes) {
    if (p.voting_open) return &p;
  }
  return processes.empty() ? nullptr : &processes.front();
}

void on_detail(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  std::optional<ProcessDetail> detail =
      answer_value<ProcessDetail>(answer, state.processes.load_error);
  if (!detail) return;
  state.processes.detail = std::move(detail);
  if (state.screen == kLoadingScreen) state.screen = kStartScreen;
}

void load(AppState& state, const std::string& process_id, Outbox& outbox) {
  state.processes.load_error.reset();
  outbox.send({"GET", process_path(process_id), ""}, on_detail);
}

void on_list(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  std::optional<ProcessList> list = answer_value<ProcessList>(answer, state.processes.load_error);
  if (!list) return;
  state.processes.list = std::move(list->processes);
  state.processes.none = state.processes.list.empty();
  if (state.wanted && !state.wanted->process_id.empty()) {
    load(state, state.wanted->process_id, outbox);  // the process the address names
  } else if (const ProcessSummary* process = preferred(state.processes.list)) {
    load(state, process->id, outbox);
  } else if (state.screen == kLoadingScreen) {
    state.screen = kNoneScreen;  // nothing to vote on yet; staff sign in from the top bar
  }
}

}  // namespace

void start(AppState& state, Outbox& outbox) {
  state.processes.load_error.reset();
  outbox.send({"GET", "/api/v1/processes", ""}, on_list);
}

void refresh(AppState& state, Outbox& outbox) {
  if (state.processes.detail) load(state, state.processes.detail->process.id, outbox);
}

void apply(AppState& state, const ChooseProcess& intent, Outbox& outbox) {
  state.screen = kLoadingScreen;
  load(state, intent.process_id, outbox);
}

}  // namespace sammen::client::processes
