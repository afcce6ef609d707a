#include "proposals/use_cases.h"

#include <algorithm>

#include "sammen/proposals/care.h"

namespace sammen::server::proposals {
namespace {

TimeZone zone(Stores& s) {
  const Result<std::optional<Municipality>> m = s.processes.municipality();
  return m.ok() && m.value() ? zone_of(*m.value()) : TimeZone::kOslo;
}

Result<Writer> writer_of(Stores& s, const Actor& actor) {
  Writer w{actor, std::nullopt};
  if (actor.person_id == 0) return w;
  const Result<std::optional<people::StoredPerson>> p = s.people.by_id(actor.person_id);
  if (!p.ok()) return p.problems();
  if (p.value()) w.birth_year = p.value()->person.birth_year;
  return w;
}

bool visible(const Idea& idea, const Actor& actor) {
  return is_public(idea) || may_see_unpublished(idea, actor) ||
         (idea.stage != ProposalStatus::kDraft && require_role(actor, Role::kAdministrator).ok());
}

Result<Idea> visible_idea(Stores& s, const Actor& actor, const std::string& process_id,
                          const std::string& id) {
  const Result<std::optional<Idea>> found = s.ideas.find(process_id, id);
  if (!found.ok()) return found.problems();
  if (!found.value() || !visible(*found.value(), actor))
    return Problem{ErrorCode::kNoSuchProposal, id.substr(0, 64)};
  return *found.value();
}

IdeaDetail detail_of(Stores& s, const Idea& idea, const Process& process, const Writer& w,
                     const Asker& a) {
  IdeaDetail d;
  d.idea = idea;
  if (!may_edit(idea, a.actor)) d.idea.invite_code.clear();
  d.stage = stage_after_count(idea, process);
  d.authors_label = authors_label(idea, a.language);
  d.supporters = static_cast<std::int64_t>(idea.supporters.size());
  d.supported_by_you = a.actor.person_id != 0 &&
                       std::find(idea.supporters.begin(), idea.supporters.end(),
                                 a.actor.person_id) != idea.supporters.end();
  d.can = abilities(idea, process, w, a.now);
  d.phase = phase_now_view(process, zone(s), a.now, a.language);
  return d;
}

// The notices of the events `after` has that `before` had not.
std::vector<NewNotice> notices_between(const Idea* before, const Idea& after) {
  std::vector<NewNotice> out;
  const std::size_t known = before ? before->history.size() : 0;
  for (std::size_t i = known; i < after.history.size(); ++i) {
    const Event& e = after.history[i];
    if (e.kind == EventKind::kCreated) continue;
    for (PersonId p : notice_recipients(after, e)) out.push_back({p, e.kind, e.at});
  }
  return out;
}

Status persist(Stores& s, const Idea* before, const Idea& after) {
  return s.ideas.save(after, notices_between(before, after));
}

}  // namespace

Result<IdeaList> list_public(Stores& s, const Asker& a, const std::string& process_id) {
  const Result<Process> process = processes::find_process(s.processes, process_id);
  if (!process.ok()) return process.problems();
  const Result<std::vector<Idea>> ideas = s.ideas.in_process(process_id);
  if (!ideas.ok()) return ideas.problems();
  IdeaList list;
  list.process_id = process_id;
  list.phase = phase_now_view(process.value(), zone(s), a.now, a.language);
  std::vector<std::string> with_life;
  for (const Idea& idea : ideas.value()) {
    with_life.push_back(idea.id);
    if (is_public(idea)) list.ideas.push_back(summary_of(idea, process.value(), a.language));
  }
  // Ballot proposals an administrator set up by hand have no life here.
  for (const Proposal& p : process.value().proposals) {
    if (std::find(with_life.begin(), with_life.end(), p.id) != with_life.end()) continue;
    if (p.status == ProposalStatus::kDraft) continue;
    IdeaSummary sum;
    sum.process_id = process_id;
    sum.id = p.id;
    sum.title = p.title;
    sum.district_id = p.district_id;
    sum.cost = p.cost;
    sum.production = p.production;
    sum.stage = p.status;
    list.ideas.push_back(std::move(sum));
  }
  return list;
}

Result<IdeaDetail> detail(Stores& s, const Asker& a, const std::string& process_id,
                          const std::string& id) {
  const Result<Process> process = processes::find_process(s.processes, process_id);
  if (!process.ok()) return process.problems();
  const Result<Idea> idea = visible_idea(s, a.actor, process_id, id);
  if (!idea.ok()) return idea.problems();
  const Result<Writer> w = writer_of(s, a.actor);
  if (!w.ok()) return w.problems();
  return detail_of(s, idea.value(), process.value(), w.value(), a);
}

Result<IdeaDetail> start(Stores& s, const Asker& a, const std::string& process_id,
                         const DraftRequest& request, const std::string& new_id) {
  const std::lock_guard<std::mutex> one(s.writes);
  const Result<Process> process = processes::find_process(s.processes, process_id);
  if (!process.ok()) return process.problems();
  const Result<Writer> w = writer_of(s, a.actor);
  if (!w.ok()) return w.problems();
  if (require_person(a.actor).ok()) {
    const Result<std::int64_t> drafts = s.ideas.drafts_by(process_id, a.actor.person_id);
    if (!drafts.ok()) return drafts.problems();
    if (drafts.value() >= static_cast<std::int64_t>(kMaxDraftsPerPerson))
      return Problem{ErrorCode::kTooManyItems, "drafts", drafts.value(),
                     static_cast<std::int64_t>(kMaxDraftsPerPerson)};
  }
  const Result<Idea> idea =
      start_draft(process.value(), w.value(), new_id, request.text, request.council, a.now);
  if (!idea.ok()) return idea.problems();
  if (const Status saved = persist(s, nullptr, idea.value()); !saved.ok()) return saved.problems();
  return detail_of(s, idea.value(), process.value(), w.value(), a);
}

std::variant<IdeaDetail, SaveRefusal> save(Stores& s, const Asker& a,
                                           const std::string& process_id, const std::string& id,
                                           const SaveRequest& request) {
  const std::lock_guard<std::mutex> one(s.writes);
  const auto refused = [](std::vector<Problem> p) { return SaveRefusal{std::move(p), {}}; };
  const Result<Process> process = processes::find_process(s.processes, process_id);
  if (!process.ok()) return refused(process.problems());
  const Result<Idea> idea = visible_idea(s, a.actor, process_id, id);
  if (!idea.ok()) return refused(idea.problems());
  const Result<Writer> w = writer_of(s, a.actor);
  if (!w.ok()) return refused(w.problems());
  const Result<Idea> after =
      save_draft(idea.value(), process.value(), w.value(), request.based_on, request.text, a.now);
  if (!after.ok()) {
    SaveRefusal r{after.problems(), {}};
    if (after.first_problem().code == ErrorCode::kEditedMeanwhile) {
      const Result<std::optional<IdeaText>> base =
          s.ideas.revision(process_id, id, request.based_on);
      r.conflict = edit_conflict(idea.value(), base.ok() ? base.value() : std::nullopt,
                                 request.text);
    }
    return r;
  }
  if (const Status saved = persist(s, &idea.value(), after.value()); !saved.ok())
    return refused(saved.problems());
  return detail_of(s, after.value(), process.value(), w.value(), a);
}

Result<IdeaDetail> apply(Stores& s, const Asker& a, const std::string& process_id,
                         const std::string& id, const StepRequest& r) {
  const std::lock_guard<std::mutex> one(s.writes);
  const Result<Process> process = processes::find_process(s.processes, process_id);
  if (!process.ok()) return process.problems();
  const Result<Idea> idea = visible_idea(s, a.actor, process_id, id);
  if (!idea.ok()) return idea.problems();
  const Result<Writer> w = writer_of(s, a.actor);
  if (!w.ok()) return w.problems();
  const Idea& i = idea.value();
  const Actor& who = a.actor;
  Result<Idea> after = [&]() -> Result<Idea> {
    switch (r.step) {
      case Step::kSubmit: return submit(i, process.value(), w.value(), a.now);
      case Step::kAccept: return accept(i, who, a.now);
      case Step::kReject: return reject(i, who, r.text, a.now);
      case Step::kCost: return correct_cost(i, who, r.cost, r.text, a.now);
      case Step::kAsk: return ask(i, who, r.text, a.now);
      case Step::kAnswer: return answer(i, who, r.number, r.text, a.now);
      case Step::kHide: return hide(i, who, r.text, a.now);
      case Step::kRestore: return restore(i, who, r.text, a.now);
      case Step::kProgress: return post_progress(i, process.value(), who, r.progress, a.now);
      case Step::kSupport: return support(i, who, r.supports);
    }
    return Problem{ErrorCode::kInternal, ""};
  }();
  if (!after.ok()) return after.problems();
  // On the ballot: accepting, or a cost corrected on an accepted proposal.
  const bool ballot = r.step == Step::kAccept ||
                      (r.step == Step::kCost && i.stage == ProposalStatus::kAccepted);
  if (ballot) {
    const auto alone = s.voting.for_closing();
    const Result<Process> fresh = processes::find_process(s.processes, process_id);
    if (!fresh.ok()) return fresh.problems();
    const Result<Process> on = accepted_on_ballot(fresh.value(), after.value(), a.now);
    if (!on.ok()) return on.problems();
    const Status saved = s.transactions.all_or_nothing([&]() -> Status {
      if (const Status p = s.processes.save(on.value()); !p.ok()) return p;
      return persist(s, &i, after.value());
    });
    if (!saved.ok()) return saved.problems();
    return detail_of(s, after.value(), on.value(), w.value(), a);
  }
  if (const Status saved = persist(s, &i, after.value()); !saved.ok()) return saved.problems();
  return detail_of(s, after.value(), process.value(), w.value(), a);
}

Result<IdeaDetail> merge_into(Stores& s, const Asker& a, const std::string& process_id,
                              const std::string& id, const std::string& into) {
  const std::lock_guard<std::mutex> one(s.writes);
  const Result<Process> process = processes::find_process(s.processes, process_id);
  if (!process.ok()) return process.problems();
  if (const Status role = require_role(a.actor, Role::kReviewer); !role.ok())
    return role.problems();
  const Result<Idea> from = visible_idea(s, a.actor, process_id, id);
  if (!from.ok()) return from.problems();
  const Result<std::optional<Idea>> target = s.ideas.find(process_id, into);
  if (!target.ok()) return target.problems();
  if (!target.value()) return Problem{ErrorCode::kMergeTarget, into.substr(0, 64)};
  const Result<Merge> m = merge(from.value(), *target.value(), a.actor, a.now);
  if (!m.ok()) return m.problems();
  const Status saved = s.transactions.all_or_nothing([&]() -> Status {
    if (const Status p = persist(s, &from.value(), m.value().from); !p.ok()) return p;
    return persist(s, &*target.value(), m.value().into);
  });
  if (!saved.ok()) return saved.problems();
  const Result<Writer> w = writer_of(s, a.actor);
  if (!w.ok()) return w.problems();
  return detail_of(s, m.value().into, process.value(), w.value(), a);
}

Result<Invite> invite(Stores& s, const Asker& a, const std::string& process_id,
                      const std::string& id, const std::string& new_code) {
  const std::lock_guard<std::mutex> one(s.writes);
  const Result<Idea> idea = visible_idea(s, a.actor, process_id, id);
  if (!idea.ok()) return idea.problems();
  if (idea.value().council) return Problem{ErrorCode::kCouncilOnly, ""};
  const Result<Idea> after = with_invite(idea.value(), a.actor, new_code);
  if (!after.ok()) return after.problems();
  if (after.value().invite_code != idea.value().invite_code) {
    if (const Status saved = persist(s, &idea.value(), after.value()); !saved.ok())
      return saved.problems();
  }
  const std::string code = after.value().invite_code;
  return Invite{code, "/html/join?code=" + code};
}

Result<Joined> redeem(Stores& s, const Asker& a, const std::string& typed) {
  const std::lock_guard<std::mutex> one(s.writes);
  if (const Status person = require_person(a.actor); !person.ok()) return person.problems();
  const std::string code = normalize_invite_code(typed);
  if (!plausible_invite_code(code)) return Problem{ErrorCode::kInviteUnknown, ""};
  const Result<std::optional<Idea>> idea = s.ideas.by_invite(code);
  if (!idea.ok()) return idea.problems();
  if (!idea.value()) return Problem{ErrorCode::kInviteUnknown, ""};
  const Idea& i = *idea.value();
  const Result<Process> process = processes::find_process(s.processes, i.process_id);
  if (!process.ok()) return process.problems();
  const Result<Writer> w = writer_of(s, a.actor);
  if (!w.ok()) return w.problems();
  const Result<Idea> after = join(i, process.value(), w.value(), a.actor.name, a.now);
  if (!after.ok()) return after.problems();
  if (const Status saved = persist(s, &i, after.value()); !saved.ok()) return saved.problems();
  return Joined{i.process_id, i.id};
}

Result<MyIdeas> mine(Stores& s, const Asker& a) {
  if (const Status person = require_person(a.actor); !person.ok()) return person.problems();
  const bool council = role_covers(a.actor.roles, Role::kYouthCouncil);
  const Result<std::vector<Idea>> ideas = s.ideas.of_person(a.actor.person_id, council);
  if (!ideas.ok()) return ideas.problems();
  MyIdeas out;
  for (const Idea& idea : ideas.value()) {
    const Result<Process> process = processes::find_process(s.processes, idea.process_id);
    if (!process.ok()) return process.problems();
    // The count's decision becomes an event (and its authors' notices) when first seen.
    if (const std::optional<Idea> settled = settle_count(idea, process.value(), a.now)) {
      const std::lock_guard<std::mutex> one(s.writes);
      if (const Status saved = persist(s, &idea, *settled); !saved.ok()) return saved.problems();
    }
    out.ideas.push_back(summary_of(idea, process.value(), a.language));
  }
  Result<std::vector<Notice>> notices = s.ideas.notices(a.actor.person_id, kMaxNoticesShown);
  if (!notices.ok()) return notices.problems();
  for (Notice& n : notices.value()) n.text = notice_sentence(n.kind, n.proposal_title, a.language);
  out.notices = std::move(notices).value();
  const Result<std::int64_t> unread = s.ideas.unread(a.actor.person_id);
  if (!unread.ok()) return unread.problems();
  out.unread = unread.value();
  return out;
}

Result<MyIdeas> read_notices(Stores& s, const Asker& a, const NoticesRead& request) {
  if (const Status person = require_person(a.actor); !person.ok()) return person.problems();
  if (request.ids.size() > kMaxNoticesShown)
    return Problem{ErrorCode::kTooManyItems, "notices", static_cast<std::int64_t>(request.ids.size()),
                   static_cast<std::int64_t>(kMaxNoticesShown)};
  if (const Status marked = s.ideas.mark_read(a.actor.person_id, request.ids); !marked.ok())
    return marked.problems();
  return mine(s, a);
}

Result<FundedWork> funded(Stores& s, const Asker& a) {
  const Result<std::vector<Idea>> ideas = s.ideas.accepted();
  if (!ideas.ok()) return ideas.problems();
  FundedWork out;
  for (const Idea& idea : ideas.value()) {
    if (idea.hidden) continue;
    const Result<Process> process = processes::find_process(s.processes, idea.process_id);
    if (!process.ok()) return process.problems();
    if (stage_after_count(idea, process.value()) != ProposalStatus::kSelected) continue;
    FundedItem item{summary_of(idea, process.value(), a.language), std::nullopt};
    if (!idea.updates.empty()) item.latest = idea.updates.back();
    out.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace sammen::server::proposals
