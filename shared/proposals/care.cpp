#include "sammen/proposals/care.h"

#include "sammen/core/text.h"
#include "sammen/setup/checks.h"

namespace sammen {
namespace {

Result<Idea> moderate(const Idea& idea, const Actor& moderator, const std::string& reason,
                      bool hidden, UnixSeconds now) {
  if (const Status role = require_role(moderator, Role::kModerator); !role.ok())
    return role.problems();
  if (idea.stage == ProposalStatus::kDraft)
    return Problem{ErrorCode::kWrongStage, std::string(kProposalStatusIds.id(idea.stage))};
  if (idea.hidden == hidden)
    return Problem{hidden ? ErrorCode::kAlreadyHidden : ErrorCode::kNotHidden, idea.id};
  std::vector<Problem> problems;
  check_text(reason, "reason", kMaxReasonChars, true, problems);
  if (!problems.empty()) return problems;
  if (std::optional<Problem> full = history_full(idea)) return *full;
  Idea after = idea;
  after.hidden = hidden;
  after.hidden_reason = trimmed(reason);
  after.history.push_back(
      event_by(hidden ? EventKind::kHidden : EventKind::kRestored, moderator, now, trimmed(reason)));
  after.changed_at = now;
  return after;
}

}  // namespace

Result<Idea> hide(const Idea& idea, const Actor& moderator, const std::string& reason,
                  UnixSeconds now) {
  return moderate(idea, moderator, reason, true, now);
}

Result<Idea> restore(const Idea& idea, const Actor& moderator, const std::string& reason,
                     UnixSeconds now) {
  return moderate(idea, moderator, reason, false, now);
}

std::optional<Idea> settle_count(const Idea& idea, const Process& process, UnixSeconds now) {
  const ProposalStatus stage = stage_after_count(idea, process);
  if (stage != ProposalStatus::kSelected && stage != ProposalStatus::kNotSelected)
    return std::nullopt;
  const EventKind kind =
      stage == ProposalStatus::kSelected ? EventKind::kSelected : EventKind::kNotSelected;
  for (const Event& e : idea.history) {
    if (e.kind == EventKind::kSelected || e.kind == EventKind::kNotSelected) return std::nullopt;
  }
  Idea after = idea;
  Event e;
  e.kind = kind;
  e.at = now;
  after.history.push_back(std::move(e));
  after.changed_at = now;
  return after;
}

Result<Idea> post_progress(const Idea& idea, const Process& process, const Actor& staff,
                           const ProgressReport& report, UnixSeconds now) {
  if (const Status role = require_role(staff, Role::kAdministrator); !role.ok())
    return role.problems();
  const ProposalStatus stage = stage_after_count(idea, process);
  if (stage != ProposalStatus::kSelected)
    return Problem{ErrorCode::kWrongStage, std::string(kProposalStatusIds.id(stage))};
  std::vector<Problem> problems;
  check_text(report.text, "text", kMaxUpdateChars, true, problems);
  check_range(report.percent, "percent", 0, 100, problems);
  if (report.status == WorkStatus::kNone) problems.push_back({ErrorCode::kWrongType, "status"});
  if (!report.photo_id.empty() && !plausible_photo_id(report.photo_id))
    problems.push_back({ErrorCode::kPhotoIdInvalid, first_chars(report.photo_id, 64)});
  if (report.percent < work_percent(idea))
    problems.push_back({ErrorCode::kProgressBackwards, "percent", report.percent, work_percent(idea)});
  if (!problems.empty()) return problems;
  if (idea.updates.size() >= kMaxHistory)
    return Problem{ErrorCode::kTooManyItems, "updates", 0, static_cast<std::int64_t>(kMaxHistory)};
  if (std::optional<Problem> full = history_full(idea)) return *full;
  Idea after = idea;
  after.updates.push_back({report.status, report.percent, trimmed(report.text), report.photo_id,
                           staff.person_id, staff.name, now});
  after.history.push_back(event_by(EventKind::kProgress, staff, now, trimmed(report.text)));
  after.changed_at = now;
  return after;
}

}  // namespace sammen
