// The proposals feature: the life of a proposal, from a resident's draft to
// the work carried out (sammen/proposals/). Routes:
//
//   GET  /api/v1/processes/{pid}/proposals                 public proposals and the phase now
//   GET  /api/v1/processes/{pid}/proposals/{id}            one, with its whole history
//   POST /api/v1/processes/{pid}/proposals/drafts          a new draft
//   PUT  /api/v1/processes/{pid}/proposals/{id}/draft      save a draft (with the version it was based on)
//   POST .../{id}/submit, /invite, /support, /accept, /reject, /cost, /merge,
//        /questions, /questions/{n}/answer, /hide, /restore, /progress
//   POST /api/v1/proposals/join                            redeem a co-author code
//   GET  /api/v1/proposals/mine                            my proposals and notices
//   POST /api/v1/proposals/notices/read                    mark notices read
//   GET  /api/v1/proposals/funded                          every selected proposal and its work
//
// How its tables relate to the processes feature's `proposals` table: the
// ballot keeps only what voters see and the count decides (title, summary,
// cost, district, production, status). A proposal's life (authors, Markdown
// text, reasons, questions, decisions, progress) lives in this feature's
// own tables, keyed by (process id, proposal id), the same key the ballot
// uses. Accepting writes the proposal onto the ballot through the setup
// model (with_new_proposal / with_changed_proposal, so the freeze rules of
// sammen/setup/freeze.h hold) in the same transaction as the life; selected
// and not selected are read back from the ballot after the count. So the
// vote, the count and the results need know nothing of this feature, and a
// ballot proposal an administrator set up by hand stays valid without a life.
#pragma once

#include "core/feature.h"

namespace sammen::server::proposals {

Feature feature();

void install(Router& router, const Deps& deps);

}  // namespace sammen::server::proposals
