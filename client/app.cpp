#include "app.h"

#include <algorithm>

#include "api.h"
#include "sammen/ballot.h"
#include "screens.h"
#include "test_hooks.h"

namespace sammen::client {
namespace {

constexpr std::string_view kVoterCodeField = "voter-code";

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// The process a resident most likely came for: the first open vote, else the first.
const wire::ProcessSummary* preferred(const std::vector<wire::ProcessSummary>& processes) {
  for (const wire::ProcessSummary& p : processes) {
    if (p.voting_open) return &p;
  }
  return processes.empty() ? nullptr : &processes.front();
}

void keep(Intent& intent, Intent drawn) {
  if (drawn) intent = std::move(drawn);
}

}  // namespace

App::App() {
  if (std::optional<Language> language = language_from_tag(platform::requested_language())) {
    state_.language = *language;
  }
}

void App::start() {
  state_.load_error.reset();
  send(Request::kProcessList, api::list_processes());
  if (!state_.demo) send(Request::kDemo, api::demo());
}

void App::send(Request kind, const platform::HttpRequest& request) {
  in_flight_[platform::send_http(request)] = kind;
}

void App::frame(Ui& ui) {
  ++state_.frame;
  for (const platform::HttpResponse& response : platform::take_http_responses()) {
    auto it = in_flight_.find(response.id);
    if (it == in_flight_.end()) continue;
    const Request kind = it->second;
    in_flight_.erase(it);
    on_response(kind, response);
  }

  Intent intent;
  if (state_.screen == Screen::kSubmit) {
    std::string code = platform::text_field_value(kVoterCodeField);
    // An error about the code belongs to the code that was sent; editing it
    // starts afresh.
    if (code != state_.voter_code && state_.submit_error &&
        state_.submit_error->code.rfind("voter.", 0) == 0) {
      state_.submit_error.reset();
    }
    state_.voter_code = std::move(code);
    if (platform::take_text_field_enter(kVoterCodeField)) intent = Intent::of(Intent::Kind::kSubmit);
  }
  if (state_.screen != drawn_screen_) {
    ui.scroll_to_top();
    drawn_screen_ = state_.screen;
  }

  ui.begin_frame();
  ui.begin_top_bar();
  keep(intent, draw_top_bar(state_, ui));
  ui.end_top_bar();

  const bool bottom_bar = state_.screen == Screen::kBallot;
  ui.begin_page(bottom_bar);
  switch (state_.screen) {
    case Screen::kLoading: keep(intent, draw_loading(state_, ui)); break;
    case Screen::kStart: keep(intent, draw_start(state_, ui)); break;
    case Screen::kDistrict: keep(intent, draw_district(state_, ui)); break;
    case Screen::kBallot: keep(intent, draw_ballot(state_, ui)); break;
    case Screen::kSubmit: keep(intent, draw_submit(state_, ui)); break;
    case Screen::kConfirmation: keep(intent, draw_confirmation(state_, ui)); break;
    case Screen::kResults: keep(intent, draw_results(state_, ui)); break;
  }
  ui.end_page();
  if (bottom_bar) {
    ui.begin_bottom_bar();
    keep(intent, draw_ballot_bar(state_, ui));
    ui.end_bottom_bar();
  }

  for (const TextFieldPlacement& field : ui.text_fields()) {
    platform::place_text_field(field.name, {field.rect.x, field.rect.y, field.rect.w, field.rect.h},
                               field.placeholder);
  }
  platform::end_frame();

  apply(intent);

  std::string hooks = test_hooks_json(state_, ui);
  if (hooks != published_hooks_) {
    platform::publish_test_hooks(hooks);
    published_hooks_ = std::move(hooks);
  }
}

void App::on_response(Request kind, const platform::HttpResponse& response) {
  const bool ok = api::succeeded(response);
  switch (kind) {
    case Request::kProcessList: {
      if (!ok) {
        state_.load_error = api::decode_error(response);
        return;
      }
      Result<wire::ProcessList> list = api::decode_process_list(response.body);
      if (!list) {
        state_.load_error = api::local_error(list.problems());
        return;
      }
      state_.processes = std::move(list).value().processes;
      if (const wire::ProcessSummary* process = preferred(state_.processes)) {
        load_process(process->id);
      } else {
        state_.load_error = api::local_error({{ErrorCode::kNotFound, "/api/v1/processes"}});
      }
      return;
    }
    case Request::kProcessDetail: {
      if (!ok) {
        state_.load_error = api::decode_error(response);
        return;
      }
      Result<wire::ProcessDetail> detail = api::decode_process_detail(response.body);
      if (!detail) {
        state_.load_error = api::local_error(detail.problems());
        return;
      }
      const bool same_process = state_.detail && state_.detail->process.id == detail.value().process.id;
      state_.detail = std::move(detail).value();
      if (!same_process) {
        state_.district_id.clear();
        state_.ballot = Ballot{state_.detail->process.id, "", {}};
        state_.receipt.reset();
        state_.result.reset();
      }
      if (state_.screen == Screen::kLoading) state_.screen = Screen::kStart;
      return;
    }
    case Request::kDemo: {
      if (!ok) return;  // a real deployment has no demo codes
      if (Result<wire::DemoCodes> demo = api::decode_demo(response.body))
        state_.demo = std::move(demo).value();
      return;
    }
    case Request::kSubmit: {
      state_.submitting = false;
      if (!ok) {
        state_.submit_error = api::decode_error(response);
        return;
      }
      Result<wire::BallotReceipt> receipt = api::decode_receipt(response.body);
      if (!receipt) {
        state_.submit_error = api::local_error(receipt.problems());
        return;
      }
      state_.receipt = std::move(receipt).value();
      state_.submit_error.reset();
      state_.screen = Screen::kConfirmation;
      return;
    }
    case Request::kResult: {
      state_.result_loading = false;
      if (!ok) {
        state_.result_error = api::decode_error(response);
        return;
      }
      Result<ProcessResult> result = api::decode_result(response.body);
      if (!result) {
        state_.result_error = api::local_error(result.problems());
        return;
      }
      state_.result = std::move(result).value();
      state_.result_error.reset();
      return;
    }
  }
}

void App::load_process(const std::string& process_id) {
  state_.load_error.reset();
  send(Request::kProcessDetail, api::process_detail(process_id));
}

void App::apply(const Intent& intent) {
  using Kind = Intent::Kind;
  switch (intent.kind) {
    case Kind::kNone: return;
    case Kind::kSetLanguage: state_.language = intent.language; return;
    case Kind::kChooseProcess:
      state_.screen = Screen::kLoading;
      load_process(intent.id);
      return;
    case Kind::kGoTo:
      state_.screen = intent.screen;
      if (intent.screen == Screen::kStart && state_.detail) load_process(state_.detail->process.id);  // fresh phase
      return;
    case Kind::kChooseDistrict:
      if (intent.id != state_.district_id) {
        state_.district_id = intent.id;
        state_.ballot = Ballot{state_.detail->process.id, intent.id, {}};
      }
      state_.screen = Screen::kBallot;
      return;
    case Kind::kAddProposal:
      // The screen only offers what may be added; the model has the last word.
      if (!why_cannot_add(state_.ballot, state_.detail->process, intent.id)) {
        state_.ballot.proposal_ids.push_back(intent.id);
      }
      return;
    case Kind::kRemoveProposal: {
      auto& ids = state_.ballot.proposal_ids;
      ids.erase(std::remove(ids.begin(), ids.end(), intent.id), ids.end());
      return;
    }
    case Kind::kSubmit: submit(); return;
    case Kind::kRetryLoad: start(); return;
    case Kind::kOpenResult: open_result(); return;
  }
}

void App::submit() {
  if (state_.submitting || !state_.detail) return;
  const std::string code = trimmed(state_.voter_code);
  std::vector<Problem> problems = validate(state_.ballot, state_.detail->process);
  if (code.empty()) problems.insert(problems.begin(), Problem{ErrorCode::kVoterCodeMissing, ""});
  if (!problems.empty()) {
    state_.submit_error = api::local_error(problems);
    return;
  }
  state_.submit_error.reset();
  state_.submitting = true;
  send(Request::kSubmit, api::submit_ballot({code, state_.ballot, state_.language}));
}

void App::open_result() {
  state_.screen = Screen::kResults;
  state_.result_error.reset();
  if (state_.result || state_.result_loading || !state_.detail) return;
  state_.result_loading = true;
  send(Request::kResult, api::result(state_.detail->process.id, state_.language));
}

}  // namespace sammen::client
