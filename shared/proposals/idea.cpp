#include "sammen/proposals/idea.h"

#include <algorithm>

#include "sammen/core/text.h"
#include "sammen/setup/proposal_setup.h"

namespace sammen {

bool is_author(const Idea& idea, PersonId person) {
  return person != 0 && std::any_of(idea.authors.begin(), idea.authors.end(),
                                     [&](const Author& a) { return a.person_id == person; });
}

bool may_edit(const Idea& idea, const Actor& actor) {
  if (!signed_in(actor) || actor.must_change_password) return false;
  if (is_author(idea, actor.person_id)) return true;
  return idea.council && role_covers(actor.roles, Role::kYouthCouncil);
}

bool may_see_unpublished(const Idea& idea, const Actor& actor) {
  if (may_edit(idea, actor)) return true;
  if (!signed_in(actor)) return false;
  if (idea.stage == ProposalStatus::kDraft) return false;  // drafts are their writers' only
  return role_covers(actor.roles, Role::kReviewer) || role_covers(actor.roles, Role::kModerator);
}

bool is_public(const Idea& idea) {
  return idea.stage != ProposalStatus::kDraft && !idea.hidden;
}

ProposalStatus stage_after_count(const Idea& idea, const Process& process) {
  if (idea.stage != ProposalStatus::kAccepted) return idea.stage;
  const Proposal* on = find_proposal(process, idea.id);
  if (on && (on->status == ProposalStatus::kSelected || on->status == ProposalStatus::kNotSelected))
    return on->status;
  return idea.stage;
}

WorkStatus work_status(const Idea& idea) {
  return idea.updates.empty() ? WorkStatus::kNone : idea.updates.back().status;
}

int work_percent(const Idea& idea) {
  return idea.updates.empty() ? 0 : idea.updates.back().percent;
}

Event event_by(EventKind kind, const Actor& actor, UnixSeconds now, std::string text) {
  Event e;
  e.kind = kind;
  e.by_id = actor.person_id;
  e.by_name = actor.name;
  e.at = now;
  e.text = std::move(text);
  return e;
}

std::optional<Problem> history_full(const Idea& idea) {
  if (idea.history.size() < kMaxHistory) return std::nullopt;
  return Problem{ErrorCode::kTooManyItems, "history", 0, static_cast<std::int64_t>(kMaxHistory)};
}

Problem wrong_stage(const Idea& idea) {
  return {ErrorCode::kWrongStage, std::string(kProposalStatusIds.id(idea.stage))};
}

Proposal ballot_proposal(const Idea& idea) {
  Proposal p;
  p.id = idea.id;
  p.district_id = idea.text.district_id;
  p.title = idea.text.title;
  // The ballot shows a summary: the first paragraph of the description.
  const std::size_t end = idea.text.description.find("\n\n");
  p.summary = first_chars(idea.text.description.substr(0, end), kMaxSummaryChars);
  p.cost = idea.cost_changes.empty() ? idea.text.cost : idea.cost_changes.back().to;
  p.production = idea.text.production;
  p.status = ProposalStatus::kAccepted;
  return p;
}

}  // namespace sammen
