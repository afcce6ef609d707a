#include "sammen/proposals/views.h"

#include <algorithm>

#include "sammen/proposals/screen_messages.h"

namespace sammen {

PhaseNow phase_now_view(const Process& process, TimeZone zone, UnixSeconds now,
                        Language language) {
  const PhaseWindow window = phase_window(process, now);
  PhaseNow view;
  view.phase = window.open;
  view.until = window.until;
  if (window.until) view.until_local = format_local(zone, *window.until, language);
  view.zone = zone;
  view.can_do = what_residents_can_do(process, window, zone, language);
  return view;
}

std::string authors_label(const Idea& idea, Language language) {
  const Audience audience{language, "NOK"};
  if (idea.council) return render(proposal_screen_messages(), "authors.council", {}, audience);
  std::vector<std::string> names;
  for (const Author& a : idea.authors) names.push_back(a.name);
  return render(proposal_screen_messages(), "authors.list", {{"names", names}}, audience);
}

IdeaSummary summary_of(const Idea& idea, const Process& process, Language language) {
  IdeaSummary s;
  s.process_id = idea.process_id;
  s.id = idea.id;
  s.title = idea.text.title;
  s.district_id = idea.text.district_id;
  s.cost = ballot_proposal(idea).cost;
  s.production = idea.text.production;
  s.stage = stage_after_count(idea, process);
  s.authors_label = authors_label(idea, language);
  s.council = idea.council;
  s.hidden = idea.hidden;
  s.merged_into = idea.merged_into;
  s.supporters = static_cast<std::int64_t>(idea.supporters.size());
  s.work = work_status(idea);
  s.percent = work_percent(idea);
  s.changed_at = idea.changed_at;
  return s;
}

Abilities abilities(const Idea& idea, const Process& process, const Writer& asker,
                    UnixSeconds now) {
  Abilities can;
  const Actor& a = asker.actor;
  const bool editor = may_edit(idea, a);
  const bool draft = idea.stage == ProposalStatus::kDraft;
  can.edit = editor && draft && why_not_drafting(process, asker, now).empty();
  can.submit = editor && draft && submit(idea, process, asker, now).ok();
  can.invite = editor && draft && !idea.council;
  can.answer = editor && std::any_of(idea.questions.begin(), idea.questions.end(),
                                     [](const Question& q) { return q.answer.empty(); });
  can.support = signed_in(a) && is_public(idea) &&
                (idea.stage == ProposalStatus::kSubmitted || idea.stage == ProposalStatus::kAccepted);
  can.review = require_role(a, Role::kReviewer).ok() &&
               (idea.stage == ProposalStatus::kSubmitted || idea.stage == ProposalStatus::kAccepted);
  can.moderate = require_role(a, Role::kModerator).ok() && !draft;
  can.progress = require_role(a, Role::kAdministrator).ok() &&
                 stage_after_count(idea, process) == ProposalStatus::kSelected;
  return can;
}

}  // namespace sammen
