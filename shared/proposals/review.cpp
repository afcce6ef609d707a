#include "sammen/proposals/review.h"

#include <algorithm>

#include "sammen/core/text.h"
#include "sammen/setup/checks.h"
#include "sammen/setup/proposal_setup.h"

namespace sammen {
namespace {

// A reviewer's reason or question: 1..limit characters.
std::vector<Problem> text_needed(const std::string& text, const char* field, std::size_t limit) {
  std::vector<Problem> problems;
  check_text(text, field, limit, true, problems);
  return problems;
}

}  // namespace

Result<Idea> accept(const Idea& idea, const Actor& reviewer, UnixSeconds now) {
  if (const Status role = require_role(reviewer, Role::kReviewer); !role.ok())
    return role.problems();
  if (idea.stage != ProposalStatus::kSubmitted) return wrong_stage(idea);
  if (std::optional<Problem> full = history_full(idea)) return *full;
  Idea after = idea;
  after.stage = ProposalStatus::kAccepted;
  after.history.push_back(event_by(EventKind::kAccepted, reviewer, now));
  after.changed_at = now;
  return after;
}

Result<Process> accepted_on_ballot(const Process& process, const Idea& accepted,
                                   UnixSeconds now) {
  ProposalDraft draft;
  static_cast<Proposal&>(draft) = ballot_proposal(accepted);
  if (find_proposal(process, accepted.id) != nullptr)
    return with_changed_proposal(process, accepted.id, draft, now);
  return with_new_proposal(process, draft, now);
}

Result<Idea> reject(const Idea& idea, const Actor& reviewer, const std::string& reason,
                    UnixSeconds now) {
  if (const Status role = require_role(reviewer, Role::kReviewer); !role.ok())
    return role.problems();
  if (idea.stage != ProposalStatus::kSubmitted) return wrong_stage(idea);
  if (std::vector<Problem> p = text_needed(reason, "reason", kMaxReasonChars); !p.empty()) return p;
  if (std::optional<Problem> full = history_full(idea)) return *full;
  Idea after = idea;
  after.stage = ProposalStatus::kRejected;
  after.rejection_reason = trimmed(reason);
  after.history.push_back(event_by(EventKind::kRejected, reviewer, now, after.rejection_reason));
  after.changed_at = now;
  return after;
}

Result<Idea> correct_cost(const Idea& idea, const Actor& reviewer, Money cost,
                          const std::string& reason, UnixSeconds now) {
  if (const Status role = require_role(reviewer, Role::kReviewer); !role.ok())
    return role.problems();
  if (idea.stage != ProposalStatus::kSubmitted && idea.stage != ProposalStatus::kAccepted)
    return wrong_stage(idea);
  std::vector<Problem> problems = text_needed(reason, "reason", kMaxReasonChars);
  if (check_amount(cost, "cost", problems)) check_range(cost, "cost", 0, kMaxIdeaCost, problems);
  if (!problems.empty()) return problems;
  if (std::optional<Problem> full = history_full(idea)) return *full;
  Idea after = idea;
  const Money before = idea.cost_changes.empty() ? idea.text.cost : idea.cost_changes.back().to;
  after.cost_changes.push_back(
      {before, cost, trimmed(reason), reviewer.person_id, reviewer.name, now});
  Event e = event_by(EventKind::kCostCorrected, reviewer, now, trimmed(reason));
  e.amount = cost;
  after.history.push_back(std::move(e));
  after.changed_at = now;
  return after;
}

Result<Merge> merge(const Idea& from, const Idea& into, const Actor& reviewer, UnixSeconds now) {
  if (const Status role = require_role(reviewer, Role::kReviewer); !role.ok())
    return role.problems();
  if (from.stage != ProposalStatus::kSubmitted) return wrong_stage(from);
  if (from.id == into.id || from.process_id != into.process_id ||
      (into.stage != ProposalStatus::kSubmitted && into.stage != ProposalStatus::kAccepted))
    return Problem{ErrorCode::kMergeTarget, into.id};
  if (std::optional<Problem> full = history_full(from)) return *full;
  if (std::optional<Problem> full = history_full(into)) return *full;
  Merge m{from, into};
  m.from.stage = ProposalStatus::kMerged;
  m.from.merged_into = into.id;
  Event gone = event_by(EventKind::kMergedInto, reviewer, now);
  gone.target_id = into.id;
  m.from.history.push_back(std::move(gone));
  m.from.changed_at = now;
  for (const Author& a : from.authors) {
    if (!is_author(m.into, a.person_id) && m.into.authors.size() < kMaxAuthors)
      m.into.authors.push_back(a);
  }
  for (PersonId s : from.supporters) {
    if (std::find(m.into.supporters.begin(), m.into.supporters.end(), s) == m.into.supporters.end())
      m.into.supporters.push_back(s);
  }
  Event came = event_by(EventKind::kMergedFrom, reviewer, now);
  came.target_id = from.id;
  m.into.history.push_back(std::move(came));
  m.into.changed_at = now;
  return m;
}

Result<Idea> ask(const Idea& idea, const Actor& reviewer, const std::string& question,
                 UnixSeconds now) {
  if (const Status role = require_role(reviewer, Role::kReviewer); !role.ok())
    return role.problems();
  if (idea.stage != ProposalStatus::kSubmitted && idea.stage != ProposalStatus::kAccepted)
    return wrong_stage(idea);
  if (std::vector<Problem> p = text_needed(question, "question", kMaxQuestionChars); !p.empty())
    return p;
  if (idea.questions.size() >= kMaxHistory)
    return Problem{ErrorCode::kTooManyItems, "questions", 0, static_cast<std::int64_t>(kMaxHistory)};
  if (std::optional<Problem> full = history_full(idea)) return *full;
  Idea after = idea;
  Question q;
  q.number = static_cast<int>(idea.questions.size()) + 1;
  q.text = trimmed(question);
  q.asked_by = reviewer.person_id;
  q.asked_by_name = reviewer.name;
  q.asked_at = now;
  after.questions.push_back(q);
  after.history.push_back(event_by(EventKind::kQuestionAsked, reviewer, now, q.text));
  after.changed_at = now;
  return after;
}

Result<Idea> answer(const Idea& idea, const Actor& author, int number, const std::string& text,
                    UnixSeconds now) {
  if (const Status person = require_person(author); !person.ok()) return person.problems();
  if (!may_edit(idea, author)) return Problem{ErrorCode::kNotAuthor, idea.id};
  if (number < 1 || number > static_cast<int>(idea.questions.size()))
    return Problem{ErrorCode::kQuestionUnknown, "", number};
  if (!idea.questions[number - 1].answer.empty())
    return Problem{ErrorCode::kAlreadyAnswered, "", number};
  if (std::vector<Problem> p = text_needed(text, "answer", kMaxQuestionChars); !p.empty()) return p;
  if (std::optional<Problem> full = history_full(idea)) return *full;
  Idea after = idea;
  Question& q = after.questions[number - 1];
  q.answer = trimmed(text);
  q.answered_by = author.person_id;
  q.answered_by_name = author.name;
  q.answered_at = now;
  after.history.push_back(event_by(EventKind::kQuestionAnswered, author, now, q.answer));
  after.changed_at = now;
  return after;
}

Result<Idea> support(const Idea& idea, const Actor& resident, bool supports) {
  if (const Status person = require_person(resident); !person.ok()) return person.problems();
  if (!is_public(idea) ||
      (idea.stage != ProposalStatus::kSubmitted && idea.stage != ProposalStatus::kAccepted))
    return wrong_stage(idea);
  Idea after = idea;
  auto& s = after.supporters;
  const auto at = std::find(s.begin(), s.end(), resident.person_id);
  if (supports && at == s.end()) s.push_back(resident.person_id);
  if (!supports && at != s.end()) s.erase(at);
  return after;
}

}  // namespace sammen
