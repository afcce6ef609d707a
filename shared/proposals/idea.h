// Idea: one proposal through its whole life, from a resident's draft to the
// work carried out.
//
//   draft -> submitted -> accepted (on the ballot) | rejected (with a public
//   reason) | merged (into another) -> after the count selected | not
//   selected -> implementation: planned, started, done, with dated updates.
//
// The stage is a ProposalStatus (sammen/processes/proposal.h), the same
// values the ballot's proposals have. An idea's id is the id its proposal
// has on the ballot once accepted: the processes feature's Proposal holds
// what a voter sees and the count decides (title, summary, cost, district,
// selected or not); an Idea holds everything else of its life (authors,
// the Markdown text, reasons, the history of decisions, questions, progress).
// Selected and not selected are never stored here: they are read from the
// ballot's proposal after the count (stage_after_count()).
//
// What always holds: a draft has at least one author (or is the youth
// council's); `version` grows by one with every saved change to the text;
// every decision in `history` keeps who made it and when; cost is Money in
// øre and never negative; a hidden idea keeps all of its data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/enum_table.h"
#include "sammen/core/money.h"
#include "sammen/people/actor.h"
#include "sammen/processes/process.h"

namespace sammen {

// The limits of what an idea holds (characters, or items of a list).
inline constexpr std::size_t kMaxIdeaTitleChars = 120;
inline constexpr std::size_t kMaxIdeaDescriptionChars = 10'000;
inline constexpr std::size_t kMaxContributionChars = 2'000;
inline constexpr std::size_t kMaxReasonChars = 2'000;
inline constexpr std::size_t kMaxQuestionChars = 2'000;
inline constexpr std::size_t kMaxUpdateChars = 4'000;
inline constexpr std::size_t kMaxAuthors = 10;
inline constexpr std::size_t kMaxHistory = 500;     // decisions, questions and updates each
inline constexpr std::size_t kMaxDraftsPerPerson = 20;  // drafts one person has in one process
inline constexpr Money kMaxIdeaCost = 100'000'000'000;  // 1 000 000 000 kr

// Who carries out a selected idea, and how far it has come.
enum class WorkStatus { kNone, kPlanned, kStarted, kDone };

inline constexpr auto kWorkStatusIds = enum_table<WorkStatus>({{WorkStatus::kNone, "none"},
                                                               {WorkStatus::kPlanned, "planned"},
                                                               {WorkStatus::kStarted, "started"},
                                                               {WorkStatus::kDone, "done"}});

// What the authors write and save, whole, with every save.
struct IdeaText {
  std::string title;
  std::string description;  // Markdown source, stored as written; rendered safely elsewhere
  std::string district_id;
  Money cost = 0;  // the authors' estimate, in øre
  ProductionForm production = ProductionForm::kMunicipal;
  std::string contribution;  // what the authors would do or give themselves
  std::string photo_id;      // empty: no photo
};

struct Author {
  PersonId person_id = 0;
  std::string name;
};

// Something that happened to an idea, who did it and when.
enum class EventKind {
  kCreated,
  kSubmitted,
  kAccepted,
  kRejected,
  kCostCorrected,
  kMergedInto,    // this idea went into `target_id`
  kMergedFrom,    // `target_id` came into this idea
  kQuestionAsked,
  kQuestionAnswered,
  kHidden,
  kRestored,
  kCoAuthorJoined,
  kSelected,
  kNotSelected,
  kProgress,
};

inline constexpr auto kEventKindIds =
    enum_table<EventKind>({{EventKind::kCreated, "created"},
                           {EventKind::kSubmitted, "submitted"},
                           {EventKind::kAccepted, "accepted"},
                           {EventKind::kRejected, "rejected"},
                           {EventKind::kCostCorrected, "cost_corrected"},
                           {EventKind::kMergedInto, "merged_into"},
                           {EventKind::kMergedFrom, "merged_from"},
                           {EventKind::kQuestionAsked, "question_asked"},
                           {EventKind::kQuestionAnswered, "question_answered"},
                           {EventKind::kHidden, "hidden"},
                           {EventKind::kRestored, "restored"},
                           {EventKind::kCoAuthorJoined, "co_author_joined"},
                           {EventKind::kSelected, "selected"},
                           {EventKind::kNotSelected, "not_selected"},
                           {EventKind::kProgress, "progress"}});

struct Event {
  EventKind kind = EventKind::kCreated;
  PersonId by_id = 0;      // 0: the count, or the installation token
  std::string by_name;     // kept as it was when it happened
  UnixSeconds at = 0;
  std::string text;        // a reason, a question, an answer (per kind)
  std::string target_id;   // merged into / from
  Money amount = 0;        // cost corrected: the new cost
};

// A cost a reviewer corrected: the estimate before, the one after, and why.
struct CostChange {
  Money from = 0;
  Money to = 0;
  std::string reason;
  PersonId by_id = 0;
  std::string by_name;
  UnixSeconds at = 0;
};

struct Question {
  int number = 0;  // 1, 2, ... within the idea
  std::string text;
  PersonId asked_by = 0;
  std::string asked_by_name;
  UnixSeconds asked_at = 0;
  std::string answer;  // empty until answered
  PersonId answered_by = 0;
  std::string answered_by_name;
  UnixSeconds answered_at = 0;
};

// One dated progress update on a selected idea.
struct WorkUpdate {
  WorkStatus status = WorkStatus::kPlanned;
  int percent = 0;  // 0..100
  std::string text;
  std::string photo_id;
  PersonId by_id = 0;
  std::string by_name;
  UnixSeconds at = 0;
};

struct Idea {
  std::string process_id;
  std::string id;
  std::int64_t version = 1;  // of the text; a save names the version it was based on
  ProposalStatus stage = ProposalStatus::kDraft;
  IdeaText text;
  std::vector<Author> authors;  // the first wrote it
  bool council = false;         // the youth council's: its members write it together
  std::vector<PersonId> supporters;
  std::string invite_code;  // redeeming it makes a co-author; empty: none made yet
  std::string rejection_reason;
  std::string merged_into;
  bool hidden = false;
  std::string hidden_reason;  // kept after a restore, for the authors
  std::vector<CostChange> cost_changes;
  std::vector<Question> questions;
  std::vector<WorkUpdate> updates;
  std::vector<Event> history;  // oldest first
  UnixSeconds created_at = 0;
  UnixSeconds changed_at = 0;
};

bool is_author(const Idea& idea, PersonId person);

// True when `actor` may write the idea's text: an author, or for the youth
// council's ideas any member of the youth council.
bool may_edit(const Idea& idea, const Actor& actor);

// True when `actor` may see the idea although it is a draft or hidden: its
// authors (and the youth council's members for its ideas), staff who review
// or moderate.
bool may_see_unpublished(const Idea& idea, const Actor& actor);

// True when anyone may see it: submitted or later, and not hidden.
bool is_public(const Idea& idea);

// The stage with the count's decision: an accepted idea whose proposal on the
// ballot was selected or not selected is selected or not selected.
ProposalStatus stage_after_count(const Idea& idea, const Process& process);

// Where the work stands: the status of the latest update (kNone before any).
WorkStatus work_status(const Idea& idea);
int work_percent(const Idea& idea);

// An event of `kind` made by `actor` at `now`.
Event event_by(EventKind kind, const Actor& actor, UnixSeconds now, std::string text = "");

// kTooManyItems ("history") when one more event would pass kMaxHistory.
std::optional<Problem> history_full(const Idea& idea);

// kWrongStage naming the idea's stage.
Problem wrong_stage(const Idea& idea);

// The proposal as it stands on the ballot when accepted (cost the latest corrected).
Proposal ballot_proposal(const Idea& idea);

}  // namespace sammen
