// The names of the setup forms' HTML fields, shared by the screens that
// place them and the updates that fill and read them, and reading a form
// into the model's values (forms.cpp).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "app_state.h"
#include "sammen/setup/process_setup.h"
#include "sammen/setup/proposal_setup.h"

namespace sammen::client::setup {

// The phases a process's form offers, in their order.
inline constexpr std::array<PhaseKind, 5> kFormPhases = {
    PhaseKind::kIdeas, PhaseKind::kReview, PhaseKind::kVoting, PhaseKind::kResults,
    PhaseKind::kImplementation};

namespace field {
inline constexpr const char* kMunicipalityId = "m-id";
inline constexpr const char* kMunicipalityName = "m-name";
inline constexpr const char* kCurrency = "m-currency";
inline std::string district_id(int row) { return "m-district-id-" + std::to_string(row); }
inline std::string district_name(int row) { return "m-district-name-" + std::to_string(row); }

inline constexpr const char* kProcessId = "p-id";
inline constexpr const char* kTitle = "p-title";
inline constexpr const char* kDescription = "p-description";
inline std::string title_in(Language l) { return "p-title-" + std::string(language_tag(l)); }
inline std::string description_in(Language l) {
  return "p-description-" + std::string(language_tag(l));
}
inline constexpr const char* kMinAge = "p-min-age";
inline constexpr const char* kMaxAge = "p-max-age";
inline constexpr const char* kMaxApprovals = "p-max-approvals";
inline constexpr const char* kMinSpend = "p-min-spend";
inline std::string phase_start(PhaseKind k) { return "p-start-" + std::string(kPhaseIds.id(k)); }
inline std::string phase_end(PhaseKind k) { return "p-end-" + std::string(kPhaseIds.id(k)); }
inline std::string budget(const std::string& district) { return "p-budget-" + district; }

inline constexpr const char* kProposalId = "q-id";
inline constexpr const char* kProposalTitle = "q-title";
inline constexpr const char* kSummary = "q-summary";
inline constexpr const char* kCost = "q-cost";
}  // namespace field

// The municipality's districts, or none before its setup.
const std::vector<District>& districts(const AppState& state);
// A district's name in the municipality (its id when it has none).
std::string district_label(const AppState& state, const std::string& district_id);
// The languages processes get translated into: the municipality's but its first.
std::vector<Language> other_languages(const AppState& state);

// What the forms say now, read as the model's values; a field that does not
// read (an amount, a date, a number) adds its problem, naming its subject.
Municipality municipality_from_fields(const AppState& state, std::vector<Problem>& problems);
ProcessSettings settings_from_fields(const AppState& state, std::vector<Problem>& problems);
ProposalDraft proposal_from_fields(const AppState& state, std::vector<Problem>& problems);

// The forms' fields and choices as the server has things now (or empty, for
// something new).
void fill_municipality(AppState& state);
void fill_process(AppState& state);
void fill_proposal(AppState& state, const Proposal* proposal);

}  // namespace sammen::client::setup
