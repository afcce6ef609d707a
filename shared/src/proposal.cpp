#include "sammen/proposal.h"

#include <array>
#include <utility>

namespace sammen {
namespace {

constexpr std::array<std::pair<ProductionForm, std::string_view>, 3> kProductionIds{{
    {ProductionForm::kMunicipal, "municipal"},
    {ProductionForm::kCoProduction, "co_production"},
    {ProductionForm::kSelfProduction, "self_production"},
}};

constexpr std::array<std::pair<ProposalStatus, std::string_view>, 7> kStatusIds{{
    {ProposalStatus::kDraft, "draft"},
    {ProposalStatus::kSubmitted, "submitted"},
    {ProposalStatus::kAccepted, "accepted"},
    {ProposalStatus::kRejected, "rejected"},
    {ProposalStatus::kMerged, "merged"},
    {ProposalStatus::kSelected, "selected"},
    {ProposalStatus::kNotSelected, "not_selected"},
}};

}  // namespace

bool on_ballot(const Proposal& proposal) {
  return proposal.status == ProposalStatus::kAccepted ||
         proposal.status == ProposalStatus::kSelected ||
         proposal.status == ProposalStatus::kNotSelected;
}

std::string_view production_wire_id(ProductionForm form) {
  for (const auto& [f, id] : kProductionIds) {
    if (f == form) return id;
  }
  return "municipal";
}

std::optional<ProductionForm> production_from_wire_id(std::string_view id) {
  for (const auto& [f, wire] : kProductionIds) {
    if (wire == id) return f;
  }
  return std::nullopt;
}

std::string_view production_name(ProductionForm form, Language l) {
  switch (form) {
    case ProductionForm::kMunicipal:
      return pick(l, "Kommunen gjennomfører", "Kommunen gennemfører", "Carried out by the municipality");
    case ProductionForm::kCoProduction:
      return pick(l, "Innbyggere og kommunen sammen", "Borgere og kommunen sammen",
                  "Residents and the municipality together");
    case ProductionForm::kSelfProduction:
      return pick(l, "Innbyggerne selv, med starthjelp", "Borgerne selv, med starthjælp",
                  "Residents themselves, with start-up help");
  }
  return "";
}

std::string_view status_wire_id(ProposalStatus status) {
  for (const auto& [s, id] : kStatusIds) {
    if (s == status) return id;
  }
  return "draft";
}

std::optional<ProposalStatus> status_from_wire_id(std::string_view id) {
  for (const auto& [s, wire] : kStatusIds) {
    if (wire == id) return s;
  }
  return std::nullopt;
}

}  // namespace sammen
