// Proposal setup: an administrator puts a proposal on a process, or changes one.
//
// A proposal has an id unique in its process, a title, a summary, a cost
// (never negative), a district that has a budget in the process and a form
// of production; its status is draft, submitted, accepted (on the ballot) or
// rejected, never selected or not selected, which only the count decides.
// Once voting has opened, a change that touches the ballot (a new accepted
// proposal, a cost, a district, a status) is frozen (freeze.h); titles and
// summaries may still be corrected.
#pragma once

#include <string>

#include "sammen/core/result.h"
#include "sammen/processes/process.h"

namespace sammen {

inline constexpr std::size_t kMaxSummaryChars = 5'000;

// What POST and PUT .../proposals carry: a proposal as an administrator
// writes it (the id is read when it is added, then the URL names it; the
// status may be left out, accepted).
struct ProposalDraft : Proposal {};

// `process` with the new proposal last.
Result<Process> with_new_proposal(const Process& process, const ProposalDraft& draft,
                                  UnixSeconds now);

// `process` with proposal `proposal_id` changed to `draft` (its id stays);
// kNoSuchProposal when the process has none by that id.
Result<Process> with_changed_proposal(const Process& process, const std::string& proposal_id,
                                      const ProposalDraft& draft, UnixSeconds now);

}  // namespace sammen
