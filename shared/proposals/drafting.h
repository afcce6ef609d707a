// Drafting: a resident (or the youth council) writes a proposal, invites
// co-authors, and submits it.
//
// Drafts may be started and saved until the ideas phase ends, and submitted
// only while it is open (kIdeasClosed otherwise); the process's rung must let
// residents author proposals (kRungForbids), and who writes must be eligible
// by age (a youth-only process refuses an adult: kTooOld, kTooYoung,
// kBirthYearUnknown). A save carries the whole text and the version it was
// based on: a save based on an older version is refused with
// kEditedMeanwhile, and edit_conflict() says what changed since then. Only a
// draft's text may change (kNotDraft for a submitted one). Every function is
// pure: `now` and any random bytes are passed in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/result.h"
#include "sammen/processes/municipality.h"
#include "sammen/proposals/idea.h"

namespace sammen {

// Who is writing: the actor, with what eligibility needs to know.
struct Writer {
  Actor actor;
  std::optional<int> birth_year;
};

// Every problem of a text, each naming its field ("title", "description",
// "district_id", "cost", "contribution", "photo_id"): too long, negative or
// too large a cost, a district without a budget in the process, a photo id
// that is not one. An empty title is fine in a draft (it is being written);
// submit() asks for a title and a description.
std::vector<Problem> text_problems(const IdeaText& text, const Process& process);

// A photo id as the photos feature gives them: 16 to 64 characters of a-z, 0-9, '-'.
bool plausible_photo_id(std::string_view id);

// Why `writer` may not write ideas in `process` at `now` (rung, ideas phase
// over or missing, age); empty when they may.
std::vector<Problem> why_not_drafting(const Process& process, const Writer& writer,
                                      UnixSeconds now);

// A new draft with `id` (made by the server) written by `writer`; `council`
// makes it the youth council's (kCouncilOnly unless the writer is a member
// and the process is limited to an age range).
Result<Idea> start_draft(const Process& process, const Writer& writer, const std::string& id,
                         const IdeaText& text, bool council, UnixSeconds now);

// The draft with `text` saved as version `based_on` + 1; kEditedMeanwhile
// when `based_on` is not the current version.
Result<Idea> save_draft(const Idea& idea, const Process& process, const Writer& writer,
                        std::int64_t based_on, const IdeaText& text, UnixSeconds now);

// What a refused save is told: the current version and text, and which
// fields differ between the version it was based on (`base`, when still
// known) and the current one, or else between the refused text and the current.
struct EditConflict {
  std::int64_t current_version = 0;
  std::vector<std::string> changed_fields;  // "title", "description", ...
  IdeaText current;
  std::vector<std::string> changed_by;  // names of who saved since, newest last
};
EditConflict edit_conflict(const Idea& idea, const std::optional<IdeaText>& base,
                           const IdeaText& refused);

// The names of the fields in which two texts differ, in a fixed order.
std::vector<std::string> changed_fields(const IdeaText& a, const IdeaText& b);

// Submitted: from now on its text is fixed. Needs a title and a description.
Result<Idea> submit(const Idea& idea, const Process& process, const Writer& writer,
                    UnixSeconds now);

// An invite code from 5 random bytes: 8 characters of the voter codes'
// alphabet without look-alikes ("K7MQACXD"). Read back case-insensitively.
std::string invite_code_from(const unsigned char (&bytes)[5]);
std::string normalize_invite_code(std::string_view typed);
bool plausible_invite_code(std::string_view code);

// The idea with `code` as its invite code (only its authors may ask).
Result<Idea> with_invite(const Idea& idea, const Actor& actor, const std::string& code);

// `writer` joins as a co-author (a draft only; at most kMaxAuthors; someone
// already an author stays one, unchanged).
Result<Idea> join(const Idea& idea, const Process& process, const Writer& writer,
                  const std::string& name, UnixSeconds now);

}  // namespace sammen
