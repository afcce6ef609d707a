#include "test_hooks.h"

#include <cmath>

#include "core/http.h"
#include "sammen/ballots/ballot.h"
#include "sammen/core/error_table.h"
#include "sammen/core/error_wire.h"
#include "sammen/people/role.h"

namespace sammen::client {
namespace {

// The message as the resident sees it now: in the current language.
Json error_json(const std::optional<ServerError>& error, const AppState& state) {
  if (!error) return nullptr;
  return Json{{"code", error->code},
              {"message", error_text(*error, state.language, currency(state))},
              {"status", error->status}};
}

// A byte offset into UTF-8 `text` as an index of JavaScript's string (UTF-16 units).
std::size_t utf16_index(std::string_view text, std::size_t offset) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;  // a lead byte; 4-byte ones are pairs
  }
  return units;
}

// Every problem of an error, each with its sentence in the current language.
Json problems_json(const std::optional<ServerError>& error, const AppState& state) {
  if (!error) return nullptr;
  Json problems = Json::array();
  for (const Problem& p : error->problems) {
    problems.push_back({{"code", std::string(wire_id(p.code))},
                        {"subject", p.subject},
                        {"amount", p.amount},
                        {"message", sentence(p, state.language, currency(state))}});
  }
  Json json = error_json(error, state);
  json["problems"] = problems;
  return json;
}

// What the staff's console knows.
Json staff_json(const AppState& state) {
  Json staff = Json::object();
  const auto& session = state.people.session;
  staff["signed_in"] = session.has_value();
  staff["email"] = session ? session->person.email : "";
  staff["must_change_password"] = session && session->person.must_change_password;
  staff["roles"] = session ? ids_json(session->person.roles, kRoleIds) : Json::array();
  staff["sign_in_error"] = problems_json(state.people.error, state);
  const setup::State& setup = state.setup;
  staff["municipality"] = setup.list && setup.list->municipality
                              ? Json(setup.list->municipality->id) : Json(nullptr);
  Json processes = Json::array();
  if (setup.list) {
    for (const ProcessSummary& p : setup.list->processes) processes.push_back(p.id);
  }
  staff["processes"] = processes;
  staff["process_id"] = setup.process_id;
  staff["sending"] = setup.sending;
  staff["done"] = setup.done;
  staff["error"] = problems_json(setup.error, state);
  if (setup.detail) {
    const Process& process = setup.detail->process;
    staff["proposals"] = process.proposals.size();
    staff["budgets"] = process.budgets.size();
    staff["voting_open"] = setup.detail->voting_open;
    staff["voting_closed"] = process.voting_closed;
    staff["published"] = process.result_published;
  }
  if (setup.preview) {
    Json funded = Json::object();
    for (const DistrictTally& district : setup.preview->districts) {
      Json ids = Json::array();
      for (const ProposalOutcome& outcome : district.proposals) {
        if (outcome.verdict == counting::Verdict::kFunded) ids.push_back(outcome.proposal_id);
      }
      funded[district.district_id] = ids;
    }
    staff["preview"] = {{"ballots", setup.preview->ballots}, {"funded", funded}};
  } else {
    staff["preview"] = nullptr;
  }
  const rolls::State& rolls = state.rolls;
  staff["roll"] = {{"file", rolls.file ? Json(rolls.file->name) : Json(nullptr)},
                   {"importing", rolls.importing},
                   {"letters", rolls.letters.size()},
                   {"lines", rolls.summary ? rolls.summary->lines : 0},
                   {"voters", rolls.summary ? rolls.summary->voters : 0},
                   {"census_districts", rolls.summary ? rolls.summary->census.districts.size() : 0},
                   {"error", problems_json(rolls.error, state)}};
  staff["people"] = state.people.people.size();
  staff["audit_entries"] = state.audit.entries.size();
  return staff;
}

double rounded(float value) {
  return std::round(value * 10.0f) / 10.0;
}

}  // namespace

std::string test_hooks_json(const AppState& state, const Ui& ui) {
  Json s = Json::object();
  const ballots::State& ballots = state.ballots;
  s["district"] = ballots.district_id;
  s["ballot"] = ballots.ballot.proposal_ids;
  s["submitting"] = ballots.submitting;
  s["stored"] = ballots.receipt.has_value();
  s["receipt"] = ballots.credential;  // the one-time credential, once the resident has it
  s["mark"] = ballots.receipt ? ballots.receipt->mark : "";
  s["replaced"] = ballots.receipt && ballots.receipt->replaced;
  s["stored_ballot"] = ballots.receipt ? Json(ballots.receipt->ballot.proposal_ids) : Json::array();
  s["demo_codes"] = state.demo.codes ? Json(state.demo.codes->voter_codes) : Json::array();
  s["last_error"] = error_json(ballots.submit_error         ? ballots.submit_error
                               : state.processes.load_error ? state.processes.load_error
                                                            : state.results.error,
                               state);
  s["result_loaded"] = state.results.tally.has_value();
  if (state.processes.detail) {
    const Process& process = state.processes.detail->process;
    s["process_id"] = process.id;
    s["voting_open"] = state.processes.detail->voting_open;
    s["result_published"] = process.result_published;
    s["total"] = ballot_cost(ballots.ballot, process);
    const DistrictBudget* budget = find_budget(process, ballots.district_id);
    s["budget"] = budget ? budget->budget : 0;
    s["left"] = budget ? budget->budget - ballot_cost(ballots.ballot, process) : 0;
  }
  if (state.results.tally) {
    Json funded = Json::object();
    for (const DistrictTally& district : state.results.tally->districts) {
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
    widgets[name] = {{"x", rounded(rect.x)}, {"y", rounded(rect.y)},    {"w", rounded(rect.w)},
                     {"h", rounded(rect.h)}, {"visible", rect.visible}, {"enabled", rect.enabled},
                     {"label", rect.label}};
  }
  Json texts = Json::array();
  for (const DrawnText& text : ui.texts()) {
    Json breaks = Json::array();
    for (std::size_t offset : text.breaks) breaks.push_back(utf16_index(text.text, offset));
    texts.push_back({{"text", text.text}, {"breaks", breaks}});
  }
  return Json{{"ready", ready(state)},
              {"screen", state.screen},
              {"focused", ui.focused()},
              {"texts", texts},
              {"language", language_tag(state.language)},
              {"state", s},
              {"staff", staff_json(state)},
              {"widgets", widgets}}
      .dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace sammen::client
