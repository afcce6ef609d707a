// Care after review: moderation, the count's decision and the work done.
//
// A moderator (or an administrator) hides an idea with a reason, or restores
// it; hidden is never deleted, the reason stays for its authors, and a hidden
// idea is not shown publicly. After the count an accepted idea is selected
// or not (settle_count(), from the ballot's proposal). For a selected idea an
// administrator posts dated progress updates: status planned, started or
// done, a percent 0..100 that never goes back, a text and an optional photo.
#pragma once

#include <optional>

#include "sammen/core/result.h"
#include "sammen/proposals/drafting.h"
#include "sammen/proposals/idea.h"

namespace sammen {

Result<Idea> hide(const Idea& idea, const Actor& moderator, const std::string& reason,
                  UnixSeconds now);
Result<Idea> restore(const Idea& idea, const Actor& moderator, const std::string& reason,
                     UnixSeconds now);

// The idea with the count's decision recorded as an event (by nobody, at
// `now`) once its proposal on the ballot is selected or not selected; none
// when nothing new is to be recorded.
std::optional<Idea> settle_count(const Idea& idea, const Process& process, UnixSeconds now);

struct ProgressReport {
  WorkStatus status = WorkStatus::kPlanned;
  int percent = 0;
  std::string text;
  std::string photo_id;
};

Result<Idea> post_progress(const Idea& idea, const Process& process, const Actor& staff,
                           const ProgressReport& report, UnixSeconds now);

}  // namespace sammen
