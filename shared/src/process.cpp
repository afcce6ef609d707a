#include "sammen/process.h"

#include <array>
#include <utility>

namespace sammen {
namespace {

constexpr std::array<std::pair<PhaseKind, std::string_view>, 6> kPhaseIds{{
    {PhaseKind::kIdeas, "ideas"},
    {PhaseKind::kReview, "review"},
    {PhaseKind::kDeliberation, "deliberation"},
    {PhaseKind::kVoting, "voting"},
    {PhaseKind::kResults, "results"},
    {PhaseKind::kImplementation, "implementation"},
}};

}  // namespace

std::optional<PhaseKind> current_phase(const Process& process, UnixSeconds now) {
  for (const Phase& phase : process.phases) {
    if (phase.starts_at <= now && now < phase.ends_at) return phase.kind;
  }
  return std::nullopt;
}

bool voting_open(const Process& process, UnixSeconds now) {
  return !why_voting_is_not_open(process, now);
}

std::optional<Problem> why_voting_is_not_open(const Process& process, UnixSeconds now) {
  if (!rung_allows(process.rung, Action::kVote)) {
    return Problem{ErrorCode::kRungForbids, std::string(rung_wire_id(process.rung))};
  }
  if (process.voting_closed || process.result_published) {
    return Problem{ErrorCode::kVotingClosed, process.id};
  }
  if (current_phase(process, now) == PhaseKind::kVoting) return std::nullopt;
  for (const Phase& phase : process.phases) {
    if (phase.kind == PhaseKind::kVoting && now >= phase.ends_at) {
      return Problem{ErrorCode::kVotingClosed, process.id};
    }
  }
  return Problem{ErrorCode::kVotingNotOpen, process.id};
}

const DistrictBudget* find_budget(const Process& process, std::string_view district_id) {
  for (const DistrictBudget& b : process.budgets) {
    if (b.district_id == district_id) return &b;
  }
  return nullptr;
}

const Proposal* find_proposal(const Process& process, std::string_view proposal_id) {
  for (const Proposal& p : process.proposals) {
    if (p.id == proposal_id) return &p;
  }
  return nullptr;
}

const District* find_district(const Municipality& municipality, std::string_view district_id) {
  for (const District& d : municipality.districts) {
    if (d.id == district_id) return &d;
  }
  return nullptr;
}

std::string_view phase_wire_id(PhaseKind kind) {
  for (const auto& [k, id] : kPhaseIds) {
    if (k == kind) return id;
  }
  return "ideas";
}

std::optional<PhaseKind> phase_from_wire_id(std::string_view id) {
  for (const auto& [k, wire] : kPhaseIds) {
    if (wire == id) return k;
  }
  return std::nullopt;
}

std::string_view phase_name(PhaseKind kind, Language l) {
  switch (kind) {
    case PhaseKind::kIdeas: return pick(l, "Idéer", "Idéer", "Ideas");
    case PhaseKind::kReview: return pick(l, "Vurdering", "Vurdering", "Review");
    case PhaseKind::kDeliberation: return pick(l, "Dialog", "Dialog", "Deliberation");
    case PhaseKind::kVoting: return pick(l, "Avstemning", "Afstemning", "Voting");
    case PhaseKind::kResults: return pick(l, "Resultater", "Resultater", "Results");
    case PhaseKind::kImplementation: return pick(l, "Gjennomføring", "Gennemførelse", "Implementation");
  }
  return "";
}

std::string_view ballot_format_wire_id(BallotFormat format) {
  return format == BallotFormat::kApproval ? "approval" : "knapsack";
}

std::optional<BallotFormat> ballot_format_from_wire_id(std::string_view id) {
  if (id == "approval") return BallotFormat::kApproval;
  if (id == "knapsack") return BallotFormat::kKnapsack;
  return std::nullopt;
}

}  // namespace sammen
