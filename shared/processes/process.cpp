#include "sammen/processes/process.h"

#include "sammen/processes/messages.h"

namespace sammen {

std::optional<PhaseKind> current_phase(const Process& process, UnixSeconds now) {
  for (const Phase& phase : process.phases) {
    if (phase.starts_at <= now && now < phase.ends_at) return phase.kind;
  }
  return std::nullopt;
}

std::optional<PhaseKind> phase_now(const Process& process, UnixSeconds now) {
  const std::optional<PhaseKind> window = current_phase(process, now);
  const bool ended = process.voting_closed || process.result_published;
  if (ended && (!window || *window <= PhaseKind::kVoting)) return PhaseKind::kResults;
  return window;
}

bool voting_open(const Process& process, UnixSeconds now) {
  return !why_voting_is_not_open(process, now);
}

std::optional<Problem> why_voting_is_not_open(const Process& process, UnixSeconds now) {
  if (!rung_allows(process.rung, Action::kVote)) {
    return Problem{ErrorCode::kRungForbids, std::string(kRungIds.id(process.rung))};
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

std::string phase_name(PhaseKind kind, Language language) {
  return render(process_messages(), "phase." + std::string(kPhaseIds.id(kind)), {}, {language});
}

Process localized(Process process, Language language) {
  for (const ProcessText& text : process.translations) {
    if (text.language != language) continue;
    if (!text.title.empty()) process.title = text.title;
    if (!text.description.empty()) process.description = text.description;
  }
  return process;
}

}  // namespace sammen
