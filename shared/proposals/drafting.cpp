#include "sammen/proposals/drafting.h"

#include <algorithm>

#include "sammen/core/text.h"
#include "sammen/proposals/phase_window.h"
#include "sammen/setup/checks.h"

namespace sammen {
namespace {

// The voter codes' alphabet: no 0 O 1 I L 5 S 2 Z look-alikes.
constexpr std::string_view kInviteAlphabet = "34679ACDEFGHJKMNPQRTUVWXY";
constexpr std::size_t kInviteChars = 8;

bool age_limited(const Process& process) {
  return process.eligibility.min_age > 0 || process.eligibility.max_age > 0;
}

// kIdeasClosed ("none", "before", "after") unless `now` is inside the ideas
// window; with `drafting`, only its end counts.
std::optional<Problem> ideas_problem(const Process& process, UnixSeconds now, bool drafting) {
  const Phase* ideas = ideas_phase(process);
  if (ideas == nullptr) return Problem{ErrorCode::kIdeasClosed, "none"};
  if (now >= ideas->ends_at) return Problem{ErrorCode::kIdeasClosed, "after"};
  if (!drafting && now < ideas->starts_at) return Problem{ErrorCode::kIdeasClosed, "before"};
  return std::nullopt;
}

Author author_of(const Actor& actor) {
  return {actor.person_id, actor.name};
}

}  // namespace

bool plausible_photo_id(std::string_view id) {
  if (id.size() < 16 || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::vector<Problem> text_problems(const IdeaText& text, const Process& process) {
  std::vector<Problem> problems;
  check_text(text.title, "title", kMaxIdeaTitleChars, false, problems);
  check_text(text.description, "description", kMaxIdeaDescriptionChars, false, problems);
  check_text(text.contribution, "contribution", kMaxContributionChars, false, problems);
  if (check_amount(text.cost, "cost", problems)) check_range(text.cost, "cost", 0, kMaxIdeaCost, problems);
  if (!text.district_id.empty() && find_budget(process, text.district_id) == nullptr)
    problems.push_back({ErrorCode::kDistrictNotInProcess, text.district_id});
  if (!text.photo_id.empty() && !plausible_photo_id(text.photo_id))
    problems.push_back({ErrorCode::kPhotoIdInvalid, first_chars(text.photo_id, 64)});
  return problems;
}

std::vector<Problem> why_not_drafting(const Process& process, const Writer& writer,
                                      UnixSeconds now) {
  if (const Status person = require_person(writer.actor); !person.ok()) return person.problems();
  if (!rung_allows(process.rung, Action::kAuthor))
    return {Problem{ErrorCode::kRungForbids, std::string(kRungIds.id(process.rung))}};
  if (std::optional<Problem> closed = ideas_problem(process, now, true)) return {*closed};
  return age_problems(process.eligibility, writer.birth_year, reference_year(process, now));
}

Result<Idea> start_draft(const Process& process, const Writer& writer, const std::string& id,
                         const IdeaText& text, bool council, UnixSeconds now) {
  if (std::vector<Problem> no = why_not_drafting(process, writer, now); !no.empty()) return no;
  if (council && (!age_limited(process) || !role_covers(writer.actor.roles, Role::kYouthCouncil)))
    return Problem{ErrorCode::kCouncilOnly, ""};
  if (std::vector<Problem> problems = text_problems(text, process); !problems.empty())
    return problems;
  Idea idea;
  idea.process_id = process.id;
  idea.id = id;
  idea.text = text;
  idea.text.title = trimmed(text.title);
  idea.council = council;
  idea.authors.push_back(author_of(writer.actor));
  idea.history.push_back(event_by(EventKind::kCreated, writer.actor, now));
  idea.created_at = idea.changed_at = now;
  return idea;
}

Result<Idea> save_draft(const Idea& idea, const Process& process, const Writer& writer,
                        std::int64_t based_on, const IdeaText& text, UnixSeconds now) {
  if (const Status person = require_person(writer.actor); !person.ok()) return person.problems();
  if (!may_edit(idea, writer.actor)) return Problem{ErrorCode::kNotAuthor, idea.id};
  if (idea.stage != ProposalStatus::kDraft) return Problem{ErrorCode::kNotDraft, idea.id};
  if (std::vector<Problem> no = why_not_drafting(process, writer, now); !no.empty()) return no;
  if (based_on != idea.version)
    return Problem{ErrorCode::kEditedMeanwhile, idea.id, idea.version, based_on};
  if (std::vector<Problem> problems = text_problems(text, process); !problems.empty())
    return problems;
  Idea after = idea;
  after.text = text;
  after.text.title = trimmed(text.title);
  if (!changed_fields(after.text, idea.text).empty()) {
    after.version = idea.version + 1;
    after.changed_at = now;
  }
  // A council member who saves is one of its writers from then on.
  if (idea.council && !is_author(idea, writer.actor.person_id)) {
    if (after.authors.size() >= kMaxAuthors)
      return Problem{ErrorCode::kTooManyAuthors, "", 0, static_cast<std::int64_t>(kMaxAuthors)};
    after.authors.push_back(author_of(writer.actor));
  }
  return after;
}

std::vector<std::string> changed_fields(const IdeaText& a, const IdeaText& b) {
  std::vector<std::string> fields;
  if (a.title != b.title) fields.push_back("title");
  if (a.description != b.description) fields.push_back("description");
  if (a.district_id != b.district_id) fields.push_back("district_id");
  if (a.cost != b.cost) fields.push_back("cost");
  if (a.production != b.production) fields.push_back("production");
  if (a.contribution != b.contribution) fields.push_back("contribution");
  if (a.photo_id != b.photo_id) fields.push_back("photo_id");
  return fields;
}

EditConflict edit_conflict(const Idea& idea, const std::optional<IdeaText>& base,
                           const IdeaText& refused) {
  EditConflict c;
  c.current_version = idea.version;
  c.current = idea.text;
  c.changed_fields = changed_fields(base ? *base : refused, idea.text);
  for (const Author& a : idea.authors) c.changed_by.push_back(a.name);
  return c;
}

Result<Idea> submit(const Idea& idea, const Process& process, const Writer& writer,
                    UnixSeconds now) {
  if (const Status person = require_person(writer.actor); !person.ok()) return person.problems();
  if (!may_edit(idea, writer.actor)) return Problem{ErrorCode::kNotAuthor, idea.id};
  if (idea.stage != ProposalStatus::kDraft) return Problem{ErrorCode::kNotDraft, idea.id};
  if (std::optional<Problem> closed = ideas_problem(process, now, false)) return *closed;
  std::vector<Problem> problems;
  if (trimmed(idea.text.title).empty()) problems.push_back({ErrorCode::kTitleNeeded, "title"});
  if (trimmed(idea.text.description).empty())
    problems.push_back({ErrorCode::kTitleNeeded, "description"});
  if (idea.text.district_id.empty()) problems.push_back({ErrorCode::kFieldEmpty, "district_id"});
  for (Problem& p : text_problems(idea.text, process)) problems.push_back(std::move(p));
  if (!problems.empty()) return problems;
  Idea after = idea;
  after.stage = ProposalStatus::kSubmitted;
  after.invite_code.clear();  // nobody joins a submitted proposal
  after.history.push_back(event_by(EventKind::kSubmitted, writer.actor, now));
  after.changed_at = now;
  return after;
}

std::string invite_code_from(const unsigned char (&bytes)[5]) {
  // 40 bits, 5 at a time: 8 characters from a 25-letter alphabet (mod 25).
  std::uint64_t bits = 0;
  for (unsigned char b : bytes) bits = bits << 8 | b;
  std::string code;
  for (std::size_t i = 0; i < kInviteChars; ++i) {
    code += kInviteAlphabet[(bits >> (5 * i)) % 32 % kInviteAlphabet.size()];
  }
  return code;
}

std::string normalize_invite_code(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == '-' || c == ' ') continue;
    code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    if (code.size() > kInviteChars) break;
  }
  return code;
}

bool plausible_invite_code(std::string_view code) {
  return code.size() == kInviteChars &&
         std::all_of(code.begin(), code.end(),
                     [](char c) { return kInviteAlphabet.find(c) != std::string_view::npos; });
}

Result<Idea> with_invite(const Idea& idea, const Actor& actor, const std::string& code) {
  if (const Status person = require_person(actor); !person.ok()) return person.problems();
  if (!may_edit(idea, actor)) return Problem{ErrorCode::kNotAuthor, idea.id};
  if (idea.stage != ProposalStatus::kDraft) return Problem{ErrorCode::kNotDraft, idea.id};
  Idea after = idea;
  if (after.invite_code.empty()) after.invite_code = code;
  return after;
}

Result<Idea> join(const Idea& idea, const Process& process, const Writer& writer,
                  const std::string& name, UnixSeconds now) {
  if (std::vector<Problem> no = why_not_drafting(process, writer, now); !no.empty()) return no;
  if (idea.stage != ProposalStatus::kDraft || idea.invite_code.empty())
    return Problem{ErrorCode::kInviteUnknown, ""};
  if (is_author(idea, writer.actor.person_id)) return idea;
  if (idea.authors.size() >= kMaxAuthors)
    return Problem{ErrorCode::kTooManyAuthors, "", static_cast<std::int64_t>(idea.authors.size()),
                   static_cast<std::int64_t>(kMaxAuthors)};
  if (idea.history.size() >= kMaxHistory)
    return Problem{ErrorCode::kTooManyItems, "history", 0, static_cast<std::int64_t>(kMaxHistory)};
  Idea after = idea;
  after.authors.push_back({writer.actor.person_id, name});
  Event e = event_by(EventKind::kCoAuthorJoined, writer.actor, now);
  e.by_name = name;
  after.history.push_back(std::move(e));
  after.changed_at = now;
  return after;
}

}  // namespace sammen
