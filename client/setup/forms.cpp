#include <algorithm>
#include <cctype>

#include "core/form_input.h"
#include "setup/fields.h"

namespace sammen::client::setup {
namespace {

std::string text_of(std::string_view name) {
  return trimmed_text(platform::text_field_value(name));
}

void set(std::string_view name, std::string_view value) {
  platform::set_text_field_value(name, value);
}

// A whole number from `name`; empty is 0.
int whole_of(std::string_view name, const std::string& subject, std::vector<Problem>& problems) {
  const std::string text = text_of(name);
  if (text.empty()) return 0;
  if (const std::optional<int> value = parse_whole(text)) return *value;
  problems.push_back({ErrorCode::kNotAWholeNumber, subject});
  return 0;
}

// The phase of `kind` the process set up has now, if any.
const Phase* existing_phase(const AppState& state, PhaseKind kind) {
  if (!state.setup.detail || state.setup.process_id.empty()) return nullptr;
  for (const Phase& phase : state.setup.detail->process.phases) {
    if (phase.kind == kind) return &phase;
  }
  return nullptr;
}

std::string whole_text(int value) {
  return value == 0 ? std::string() : std::to_string(value);
}

}  // namespace

const std::vector<District>& districts(const AppState& state) {
  static const std::vector<District> kNone;  // before the municipality's setup
  const ProcessList* list = state.setup.list ? &*state.setup.list : nullptr;
  return list && list->municipality ? list->municipality->districts : kNone;
}

std::string district_label(const AppState& state, const std::string& district_id) {
  for (const District& d : districts(state)) {
    if (d.id == district_id) return d.name;
  }
  return district_id;
}

std::vector<Language> other_languages(const AppState& state) {
  if (!state.setup.list || !state.setup.list->municipality) return {};
  const std::vector<Language>& all = state.setup.list->municipality->languages;
  return all.size() > 1 ? std::vector<Language>(all.begin() + 1, all.end())
                        : std::vector<Language>();
}

Municipality municipality_from_fields(const AppState& state, std::vector<Problem>&) {
  Municipality m;
  m.id = text_of(field::kMunicipalityId);
  m.name = text_of(field::kMunicipalityName);
  m.currency = text_of(field::kCurrency);
  for (char& c : m.currency) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  m.languages = state.setup.municipality.languages;
  for (int row = 0; row < state.setup.municipality.district_rows; ++row) {
    District d{text_of(field::district_id(row)), text_of(field::district_name(row))};
    if (!d.id.empty() || !d.name.empty()) m.districts.push_back(std::move(d));
  }
  return m;
}

ProcessSettings settings_from_fields(const AppState& state, std::vector<Problem>& problems) {
  const ProcessChoices& choices = state.setup.process;
  ProcessSettings s;
  s.id = state.setup.process_id.empty() ? text_of(field::kProcessId) : state.setup.process_id;
  s.title = text_of(field::kTitle);
  s.description = text_of(field::kDescription);
  for (Language language : other_languages(state)) {
    ProcessText text{language, text_of(field::title_in(language)),
                     text_of(field::description_in(language))};
    if (!text.title.empty() || !text.description.empty()) s.translations.push_back(text);
  }
  s.rung = choices.rung;
  s.ballot.format = choices.format;
  if (choices.format == BallotFormat::kApproval) {
    s.ballot.max_approvals = whole_of(field::kMaxApprovals, "ballot.max_approvals", problems);
  } else {
    s.ballot.min_spend_percent = whole_of(field::kMinSpend, "ballot.min_spend_percent", problems);
  }
  s.counting_rule = choices.rule;
  s.eligibility.min_age = whole_of(field::kMinAge, "eligibility.min_age", problems);
  s.eligibility.max_age = whole_of(field::kMaxAge, "eligibility.max_age", problems);
  for (const District& d : districts(state)) {
    if (choices.eligible_districts.count(d.id) > 0) s.eligibility.district_ids.push_back(d.id);
  }
  for (PhaseKind kind : kFormPhases) {
    const std::string start = text_of(field::phase_start(kind));
    const std::string end = text_of(field::phase_end(kind));
    if (start.empty() && end.empty()) continue;
    const std::optional<UnixSeconds> from = parse_date(start);
    const std::optional<UnixSeconds> to = parse_date(end);
    const std::string subject = "phases." + std::string(kPhaseIds.id(kind));
    if (!from || !to) {
      problems.push_back({ErrorCode::kNotADate, subject});
      continue;
    }
    // A phase runs to the end of its last day; a day left as it was keeps
    // the phase's own moment (opening voting moved its start to that minute).
    Phase phase{kind, *from, *to + 86400};
    if (const Phase* before = existing_phase(state, kind)) {
      if (date_text(before->starts_at) == date_text(*from)) phase.starts_at = before->starts_at;
      if (date_text(before->ends_at - 1) == date_text(*to)) phase.ends_at = before->ends_at;
    }
    s.phases.push_back(phase);
  }
  for (const District& d : districts(state)) {
    const std::string text = text_of(field::budget(d.id));
    if (text.empty()) continue;
    if (const std::optional<Money> amount = parse_amount(text)) {
      s.budgets.push_back({d.id, *amount});
    } else {
      problems.push_back({ErrorCode::kNotAnAmount, "budgets." + d.id});
    }
  }
  return s;
}

ProposalDraft proposal_from_fields(const AppState& state, std::vector<Problem>& problems) {
  const ProposalChoices& choices = state.setup.proposal;
  ProposalDraft draft;
  draft.id = choices.editing.empty() ? text_of(field::kProposalId) : choices.editing;
  draft.title = text_of(field::kProposalTitle);
  draft.summary = text_of(field::kSummary);
  draft.district_id = choices.district_id;
  draft.production = choices.production;
  draft.status = choices.status;
  const std::string cost = text_of(field::kCost);
  if (const std::optional<Money> amount = parse_amount(cost)) {
    draft.cost = *amount;
  } else {
    problems.push_back({ErrorCode::kNotAnAmount, "cost"});
  }
  if (draft.id.empty()) problems.push_back({ErrorCode::kFieldEmpty, "id"});
  if (draft.title.empty()) problems.push_back({ErrorCode::kFieldEmpty, "title"});
  if (draft.district_id.empty()) problems.push_back({ErrorCode::kFieldEmpty, "district_id"});
  return draft;
}

void fill_municipality(AppState& state) {
  MunicipalityChoices& choices = state.setup.municipality;
  const ProcessList* list = state.setup.list ? &*state.setup.list : nullptr;
  const Municipality m = list && list->municipality ? *list->municipality : Municipality{};
  choices.id_fixed = list && list->municipality.has_value();
  choices.languages = m.languages;
  choices.district_rows = std::max<int>(2, static_cast<int>(m.districts.size()));
  set(field::kMunicipalityId, m.id);
  set(field::kMunicipalityName, m.name);
  set(field::kCurrency, m.currency);
  for (int row = 0; row < choices.district_rows; ++row) {
    const bool known = row < static_cast<int>(m.districts.size());
    set(field::district_id(row), known ? m.districts[row].id : "");
    set(field::district_name(row), known ? m.districts[row].name : "");
  }
}

void fill_process(AppState& state) {
  const Process p = state.setup.detail && !state.setup.process_id.empty()
                        ? state.setup.detail->process
                        : Process{};
  ProcessChoices& choices = state.setup.process;
  choices.rung = p.rung;
  choices.format = p.ballot.format;
  choices.rule = p.counting_rule;
  choices.eligible_districts = {p.eligibility.district_ids.begin(), p.eligibility.district_ids.end()};
  set(field::kProcessId, p.id);
  set(field::kTitle, p.title);
  set(field::kDescription, p.description);
  for (Language language : other_languages(state)) {
    const auto text = std::find_if(p.translations.begin(), p.translations.end(),
                                   [&](const ProcessText& t) { return t.language == language; });
    set(field::title_in(language), text != p.translations.end() ? text->title : "");
    set(field::description_in(language), text != p.translations.end() ? text->description : "");
  }
  set(field::kMinAge, whole_text(p.eligibility.min_age));
  set(field::kMaxAge, whole_text(p.eligibility.max_age));
  set(field::kMaxApprovals, whole_text(p.ballot.max_approvals));
  set(field::kMinSpend, whole_text(p.ballot.min_spend_percent));
  for (PhaseKind kind : kFormPhases) {
    const auto phase = std::find_if(p.phases.begin(), p.phases.end(),
                                    [&](const Phase& f) { return f.kind == kind; });
    const bool has = phase != p.phases.end();
    set(field::phase_start(kind), has ? date_text(phase->starts_at) : "");
    set(field::phase_end(kind), has ? date_text(phase->ends_at - 1) : "");
  }
  for (const District& d : districts(state)) {
    const DistrictBudget* budget = find_budget(p, d.id);
    set(field::budget(d.id), budget ? amount_text(budget->budget) : "");
  }
}

void fill_proposal(AppState& state, const Proposal* proposal) {
  const Proposal p = proposal ? *proposal : Proposal{};
  ProposalChoices& choices = state.setup.proposal;
  choices.editing = proposal ? p.id : "";
  choices.district_id = p.district_id;
  if (choices.district_id.empty() && state.setup.detail &&
      !state.setup.detail->process.budgets.empty()) {
    choices.district_id = state.setup.detail->process.budgets.front().district_id;
  }
  choices.production = p.production;
  choices.status = p.status;
  set(field::kProposalId, p.id);
  set(field::kProposalTitle, p.title);
  set(field::kSummary, p.summary);
  set(field::kCost, proposal ? amount_text(p.cost) : "");
}

}  // namespace sammen::client::setup
