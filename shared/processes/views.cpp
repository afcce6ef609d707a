#include "sammen/processes/views.h"

#include <utility>

namespace sammen {

ProcessSummary summarize(const Process& p, UnixSeconds now) {
  return {p.id, p.title, p.rung, phase_now(p, now), voting_open(p, now), p.result_published};
}

ProcessDetail detail_of(Municipality municipality, Process process, UnixSeconds now) {
  const std::optional<PhaseKind> phase = phase_now(process, now);
  const bool open = voting_open(process, now);
  return {std::move(municipality), std::move(process), now, phase, open};
}

}  // namespace sammen
