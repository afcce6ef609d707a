// Proposal: an idea for a neighbourhood, costed and placed in one district.
//
// A proposal moves draft -> submitted -> accepted (on the ballot) | rejected |
// merged, and after the count selected | not selected. Only accepted proposals
// can be voted for. Cost is Money (minor units) and never negative.
#pragma once

#include <string>

#include "sammen/core/enum_table.h"
#include "sammen/core/language.h"
#include "sammen/core/money.h"

namespace sammen {

// Who carries the proposal out if it wins.
enum class ProductionForm {
  kMunicipal,       // the municipality
  kCoProduction,    // residents and the municipality together
  kSelfProduction,  // residents themselves, with start-up help
};

inline constexpr auto kProductionIds =
    enum_table<ProductionForm>({{ProductionForm::kMunicipal, "municipal"},
                                {ProductionForm::kCoProduction, "co_production"},
                                {ProductionForm::kSelfProduction, "self_production"}});

enum class ProposalStatus {
  kDraft,
  kSubmitted,
  kAccepted,
  kRejected,
  kMerged,
  kSelected,
  kNotSelected
};

inline constexpr auto kProposalStatusIds =
    enum_table<ProposalStatus>({{ProposalStatus::kDraft, "draft"},
                                {ProposalStatus::kSubmitted, "submitted"},
                                {ProposalStatus::kAccepted, "accepted"},
                                {ProposalStatus::kRejected, "rejected"},
                                {ProposalStatus::kMerged, "merged"},
                                {ProposalStatus::kSelected, "selected"},
                                {ProposalStatus::kNotSelected, "not_selected"}});

struct Proposal {
  std::string id;
  std::string district_id;
  std::string title;
  std::string summary;
  Money cost = 0;
  ProductionForm production = ProductionForm::kMunicipal;
  ProposalStatus status = ProposalStatus::kAccepted;
};

// True for proposals that stand on the ballot (accepted, and after the count
// selected or not selected).
bool on_ballot(const Proposal& proposal);

// Who carries it out, for a resident: "Residents and the municipality together".
std::string production_name(ProductionForm form, Language language);

}  // namespace sammen
