// Proposal: an idea for a neighbourhood, costed and placed in one district.
//
// A proposal moves draft -> submitted -> accepted (on the ballot) | rejected |
// merged, and after the count selected | not selected. Only accepted proposals
// can be voted for. Cost is Money (minor units) and never negative.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sammen/language.h"
#include "sammen/money.h"

namespace sammen {

// Who carries the proposal out if it wins.
enum class ProductionForm {
  kMunicipal,       // the municipality
  kCoProduction,    // residents and the municipality together
  kSelfProduction,  // residents themselves, with start-up help
};

enum class ProposalStatus { kDraft, kSubmitted, kAccepted, kRejected, kMerged, kSelected, kNotSelected };

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

std::string_view production_wire_id(ProductionForm form);  // "municipal", "co_production", "self_production"
std::optional<ProductionForm> production_from_wire_id(std::string_view id);
std::string_view production_name(ProductionForm form, Language language);

std::string_view status_wire_id(ProposalStatus status);    // "draft", ..., "not_selected"
std::optional<ProposalStatus> status_from_wire_id(std::string_view id);

}  // namespace sammen
