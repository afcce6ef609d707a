#include "setup/update.h"

#include <algorithm>

#include "people/update.h"
#include "processes/update.h"
#include "sammen/processes/wire.h"
#include "sammen/results/wire.h"
#include "sammen/setup/freeze.h"
#include "sammen/setup/municipality_setup.h"
#include "sammen/setup/wire.h"
#include "screen_list.h"
#include "setup/fields.h"

namespace sammen::client::setup {
namespace {

// The process in the municipality's first language (its titles as written).
std::string detail_path(const AppState& state, const std::string& process_id) {
  const ProcessList* list = state.setup.list ? &*state.setup.list : nullptr;
  const Language first = list && list->municipality && !list->municipality->languages.empty()
                             ? list->municipality->languages.front()
                             : Language::kNorwegianBokmal;
  return process_path(process_id) + "?lang=" + std::string(language_tag(first));
}

// What a screen's form shows, filled once what it needs has come.
void fill_screen(AppState& state) {
  if (state.screen == kMunicipalityScreen) fill_municipality(state);
  if (state.screen == kProcessScreen) fill_process(state);
  if (state.screen == kProposalsScreen) fill_proposal(state, nullptr);
}

void refused_here(AppState& state, ServerError error) {
  state.setup.done.clear();
  if (!people::refused(state, error)) state.setup.error = std::move(error);
}

void load_detail(AppState& state, Outbox& outbox);

void on_list(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  state.setup.list_loading = false;
  std::optional<ServerError> error;
  std::optional<ProcessList> list = answer_value<ProcessList>(answer, error);
  if (!list) return refused_here(state, *error);
  state.setup.list = std::move(list);
  if (!state.setup.process_id.empty() && !state.setup.detail) {
    load_detail(state, outbox);
  } else {
    fill_screen(state);
  }
}

void load_list(AppState& state, Outbox& outbox) {
  if (state.setup.list_loading) return;
  state.setup.list_loading = true;
  outbox.send({"GET", "/api/v1/processes", ""}, on_list);
}

void on_detail(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  state.setup.detail_loading = false;
  std::optional<ServerError> error;
  std::optional<ProcessDetail> detail = answer_value<ProcessDetail>(answer, error);
  if (!detail) return refused_here(state, *error);
  state.setup.detail = std::move(detail);
  fill_screen(state);
}

void load_detail(AppState& state, Outbox& outbox) {
  if (state.setup.process_id.empty() || state.setup.detail_loading) return;
  if (!state.setup.list) return load_list(state, outbox);  // its language first
  state.setup.detail_loading = true;
  outbox.send({"GET", detail_path(state, state.setup.process_id), ""}, on_detail);
}

// A change the server took: says so, and loads again what it changed.
void on_changed(AppState& state, const platform::HttpResponse& answer, Outbox& outbox,
                const char* done) {
  state.setup.sending = false;
  if (!succeeded(answer)) return refused_here(state, server_error(answer));
  state.setup.error.reset();
  state.setup.done = done;
  state.setup.detail.reset();
  load_list(state, outbox);
}

void on_municipality(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  on_changed(state, answer, outbox, "saved");
}

void on_process(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  state.setup.sending = false;
  std::optional<ServerError> error;
  std::optional<ProcessDetail> detail = answer_value<ProcessDetail>(answer, error);
  if (!detail) return refused_here(state, *error);
  state.setup.error.reset();
  state.setup.done = "saved";
  state.setup.process_id = detail->process.id;
  state.setup.detail.reset();
  load_list(state, outbox);
}

void on_proposal(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  on_changed(state, answer, outbox, "proposal_saved");
}

void on_opened(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  on_changed(state, answer, outbox, "voting_opened");
}

void on_closed(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  on_changed(state, answer, outbox, "voting_closed");
}

void on_preview(AppState& state, const platform::HttpResponse& answer, Outbox&) {
  state.setup.sending = false;
  std::optional<ServerError> error;
  std::optional<Tally> tally = answer_value<Tally>(answer, error);
  if (!tally) return refused_here(state, *error);
  state.setup.error.reset();
  state.setup.preview = std::move(tally);
}

void on_published(AppState& state, const platform::HttpResponse& answer, Outbox& outbox) {
  on_changed(state, answer, outbox, "published");
}

// Sends a change unless the model already refused it here.
void send(AppState& state, Outbox& outbox, std::vector<Problem> problems,
          platform::HttpRequest request, Outbox::OnAnswer on_answer) {
  state.setup.done.clear();
  if (!problems.empty()) {
    state.setup.error = local_error(problems);
    return;
  }
  state.setup.error.reset();
  state.setup.sending = true;
  outbox.send(people::with_csrf(state, std::move(request)), on_answer);
}

void go_to(AppState& state, ScreenId screen, Outbox& outbox) {
  state.setup.error.reset();
  state.setup.done.clear();
  state.screen = screen;
  if (const auto on_enter = screen_entry(screen).on_enter) on_enter(state, outbox);
}

}  // namespace

void forget(AppState& state) {
  state.setup = {};
}

void follow(AppState& state, const Route& route, Outbox& outbox) {
  if (route.process_id != state.setup.process_id) {
    state.setup.process_id = route.process_id;
    state.setup.detail.reset();
    state.setup.preview.reset();
  }
  go_to(state, route.screen, outbox);
}

std::string process_of(const AppState& state) {
  return state.setup.process_id;
}

bool process_chosen(const AppState& state) {
  return people::administrator(state) && !state.setup.process_id.empty();
}

void enter_console(AppState& state, Outbox& outbox) {
  state.setup.list.reset();
  load_list(state, outbox);
}

void enter_municipality(AppState& state, Outbox& outbox) {
  // Filled once: a later answer must not overwrite what is being typed.
  if (state.setup.list) {
    fill_municipality(state);
  } else {
    load_list(state, outbox);
  }
}

void enter_process(AppState& state, Outbox& outbox) {
  if (state.setup.list && (state.setup.process_id.empty() || state.setup.detail)) {
    fill_process(state);
  } else {
    load_detail(state, outbox);
  }
}

void enter_proposals(AppState& state, Outbox& outbox) {
  if (state.setup.detail) {
    fill_proposal(state, nullptr);
  } else {
    load_detail(state, outbox);
  }
}

void enter_voting(AppState& state, Outbox& outbox) {
  state.setup.preview.reset();
  state.setup.detail.reset();
  load_detail(state, outbox);
}

void apply(AppState& state, const OpenProcess& intent, Outbox& outbox) {
  follow(state, {intent.screen, intent.process_id, ""}, outbox);
}

void apply(AppState& state, const ToggleLanguage& intent, Outbox&) {
  std::vector<Language>& languages = state.setup.municipality.languages;
  const auto at = std::find(languages.begin(), languages.end(), intent.language);
  if (at != languages.end()) {
    languages.erase(at);
  } else {
    languages.push_back(intent.language);
  }
}

void apply(AppState& state, const AddDistrictRow&, Outbox&) {
  const int row = state.setup.municipality.district_rows++;
  platform::set_text_field_value(field::district_id(row), "");
  platform::set_text_field_value(field::district_name(row), "");
}

void apply(AppState& state, const RemoveDistrictRow& intent, Outbox&) {
  int& rows = state.setup.municipality.district_rows;
  if (intent.row < 0 || intent.row >= rows || rows <= 1) return;
  // The rows below move up one.
  for (int row = intent.row; row + 1 < rows; ++row) {
    platform::set_text_field_value(field::district_id(row),
                                   platform::text_field_value(field::district_id(row + 1)));
    platform::set_text_field_value(field::district_name(row),
                                   platform::text_field_value(field::district_name(row + 1)));
  }
  --rows;
}

void apply(AppState& state, const SaveMunicipality&, Outbox& outbox) {
  if (state.setup.sending) return;
  std::vector<Problem> problems;
  const Municipality asked = municipality_from_fields(state, problems);
  const std::optional<Municipality> current =
      state.setup.list ? state.setup.list->municipality : std::nullopt;
  if (Result<Municipality> checked = updated_municipality(current, asked, {}); !checked.ok()) {
    for (const Problem& p : checked.problems()) problems.push_back(p);
  }
  Json body = asked;
  body["version"] = kWireVersion;
  send(state, outbox, std::move(problems), {"PUT", "/api/v1/municipality", body.dump()},
       on_municipality);
}

void apply(AppState& state, const ChooseRung& intent, Outbox&) {
  state.setup.process.rung = intent.rung;
}

void apply(AppState& state, const ChooseFormat& intent, Outbox&) {
  state.setup.process.format = intent.format;
}

void apply(AppState& state, const ChooseRule& intent, Outbox&) {
  state.setup.process.rule = intent.rule;
}

void apply(AppState& state, const ToggleEligibleDistrict& intent, Outbox&) {
  std::set<std::string>& chosen = state.setup.process.eligible_districts;
  if (!chosen.erase(intent.district_id)) chosen.insert(intent.district_id);
}

void apply(AppState& state, const SaveProcess&, Outbox& outbox) {
  if (state.setup.sending || !state.setup.list || !state.setup.list->municipality) return;
  std::vector<Problem> problems;
  const ProcessSettings settings = settings_from_fields(state, problems);
  const Municipality& municipality = *state.setup.list->municipality;
  const bool creating = state.setup.process_id.empty();
  if (problems.empty()) {
    std::vector<std::string> ids;
    for (const ProcessSummary& p : state.setup.list->processes) ids.push_back(p.id);
    const Result<Process> checked =
        creating || !state.setup.detail
            ? new_process(settings, municipality, creating ? ids : std::vector<std::string>{})
            : with_settings(state.setup.detail->process, settings, municipality,
                            state.setup.detail->now);
    if (!checked.ok()) problems = checked.problems();
  }
  const std::string path = creating ? "/api/v1/processes" : process_path(settings.id);
  send(state, outbox, std::move(problems), {creating ? "POST" : "PUT", path, Json(settings).dump()},
       on_process);
}

void apply(AppState& state, const EditProposal& intent, Outbox&) {
  state.setup.error.reset();
  state.setup.done.clear();
  const Proposal* proposal = state.setup.detail
                                 ? find_proposal(state.setup.detail->process, intent.proposal_id)
                                 : nullptr;
  fill_proposal(state, proposal);
}

void apply(AppState& state, const ChooseProposalDistrict& intent, Outbox&) {
  state.setup.proposal.district_id = intent.district_id;
}

void apply(AppState& state, const ChooseProduction& intent, Outbox&) {
  state.setup.proposal.production = intent.production;
}

void apply(AppState& state, const ChooseStatus& intent, Outbox&) {
  state.setup.proposal.status = intent.status;
}

void apply(AppState& state, const SaveProposal&, Outbox& outbox) {
  if (state.setup.sending || !state.setup.detail) return;
  std::vector<Problem> problems;
  const ProposalDraft draft = proposal_from_fields(state, problems);
  const ProcessDetail& detail = *state.setup.detail;
  const bool adding = state.setup.proposal.editing.empty();
  if (problems.empty()) {
    const Result<Process> checked =
        adding ? with_new_proposal(detail.process, draft, detail.now)
               : with_changed_proposal(detail.process, draft.id, draft, detail.now);
    if (!checked.ok()) problems = checked.problems();
  }
  const std::string path = process_path(detail.process.id) + "/proposals" +
                           (adding ? "" : "/" + percent_encoded(draft.id));
  send(state, outbox, std::move(problems), {adding ? "POST" : "PUT", path, Json(draft).dump()},
       on_proposal);
}

void apply(AppState& state, const OpenVoting&, Outbox& outbox) {
  if (state.setup.sending || state.setup.process_id.empty()) return;
  send(state, outbox, {}, {"POST", process_path(state.setup.process_id) + "/open", ""}, on_opened);
}

void apply(AppState& state, const CloseVoting&, Outbox& outbox) {
  if (state.setup.sending || state.setup.process_id.empty()) return;
  send(state, outbox, {}, {"POST", process_path(state.setup.process_id) + "/close", ""}, on_closed);
}

void apply(AppState& state, const PreviewResult&, Outbox& outbox) {
  if (state.setup.sending || state.setup.process_id.empty()) return;
  state.setup.preview.reset();
  send(state, outbox, {},
       {"GET", process_path(state.setup.process_id) + "/preview?lang=" +
                   std::string(language_tag(state.language)),
        ""},
       on_preview);
}

void apply(AppState& state, const PublishResult&, Outbox& outbox) {
  if (state.setup.sending || state.setup.process_id.empty()) return;
  send(state, outbox, {},
       {"POST", process_path(state.setup.process_id) + "/publish?lang=" +
                    std::string(language_tag(state.language)),
        ""},
       on_published);
}

void apply(AppState& state, const ShowResult&, Outbox& outbox) {
  // The resident's side loads the process afresh, then shows its result.
  state.wanted = Route{results::kResultsScreen, state.setup.process_id, ""};
  state.results = {};
  processes::apply(state, processes::ChooseProcess{state.setup.process_id}, outbox);
}

}  // namespace sammen::client::setup
