// Review: staff with the reviewer role (or an administrator) decide what
// stands on the ballot.
//
// A submitted idea is accepted (it goes on the ballot: the caller saves
// accepted_on_ballot()'s process), rejected with a reason everyone sees, or
// merged into another idea of the same process (its authors and supporters
// follow; it shows where it went). A reviewer may correct the cost of a
// submitted or accepted idea: the original estimate and the reason stay.
// Reviewers ask the authors questions, which an author answers. Every
// decision is an Event with who and when. Once voting has opened the ballot
// is frozen (sammen/setup/freeze.h): accepting or correcting the cost of an
// accepted idea is then kFrozen.
#pragma once

#include "sammen/core/result.h"
#include "sammen/proposals/idea.h"

namespace sammen {

Result<Idea> accept(const Idea& idea, const Actor& reviewer, UnixSeconds now);

// `process` with the accepted idea on its ballot (added, or changed when a
// proposal by its id is there already), unless voting has opened.
Result<Process> accepted_on_ballot(const Process& process, const Idea& accepted, UnixSeconds now);

Result<Idea> reject(const Idea& idea, const Actor& reviewer, const std::string& reason,
                    UnixSeconds now);

Result<Idea> correct_cost(const Idea& idea, const Actor& reviewer, Money cost,
                          const std::string& reason, UnixSeconds now);

// `from` merged into `into`: both changed, or why not (not the same idea,
// both in the process, `from` submitted, `into` submitted or accepted).
struct Merge {
  Idea from;
  Idea into;
};
Result<Merge> merge(const Idea& from, const Idea& into, const Actor& reviewer, UnixSeconds now);

Result<Idea> ask(const Idea& idea, const Actor& reviewer, const std::string& question,
                 UnixSeconds now);

// An author answers question `number`.
Result<Idea> answer(const Idea& idea, const Actor& author, int number, const std::string& text,
                    UnixSeconds now);

// A signed-in resident supports a public submitted or accepted idea (once),
// or takes the support back.
Result<Idea> support(const Idea& idea, const Actor& resident, bool supports);

}  // namespace sammen
