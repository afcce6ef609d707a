#include "sammen/proposals/phase_window.h"

#include "sammen/proposals/screen_messages.h"

namespace sammen {

const Phase* ideas_phase(const Process& process) {
  for (const Phase& p : process.phases) {
    if (p.kind == PhaseKind::kIdeas) return &p;
  }
  return nullptr;
}

PhaseWindow phase_window(const Process& process, UnixSeconds now) {
  PhaseWindow w;
  w.open = phase_now(process, now);
  if (w.open) {
    for (const Phase& p : process.phases) {
      if (p.kind == *w.open && now >= p.starts_at && now < p.ends_at) w.until = p.ends_at;
    }
  }
  for (const Phase& p : process.phases) {
    if (p.starts_at > now && (!w.next_starts || p.starts_at < *w.next_starts)) {
      w.next = p.kind;
      w.next_starts = p.starts_at;
    }
  }
  return w;
}

std::vector<std::string> what_residents_can_do(const Process& process, const PhaseWindow& window,
                                               TimeZone zone, Language language) {
  const Catalog words = proposal_screen_messages();
  const Audience audience{language, "NOK"};
  std::vector<std::string> out;
  const std::string until = window.until ? format_local(zone, *window.until, language) : "";
  if (window.open) {
    const std::string name = phase_name(*window.open, language);
    if (window.until)
      out.push_back(render(words, "phase_now.open", {{"phase", name}, {"until", until}}, audience));
    const char* key = "can.read";
    switch (*window.open) {
      case PhaseKind::kIdeas:
        key = rung_allows(process.rung, Action::kAuthor) ? "can.ideas" : "can.read";
        break;
      case PhaseKind::kReview: key = "can.review"; break;
      case PhaseKind::kDeliberation: key = "can.deliberation"; break;
      case PhaseKind::kVoting:
        key = rung_allows(process.rung, Action::kVote) ? "can.voting" : "can.read";
        break;
      case PhaseKind::kResults: key = "can.results"; break;
      case PhaseKind::kImplementation: key = "can.implementation"; break;
    }
    out.push_back(render(words, key, {{"until", until}}, audience));
  } else {
    out.push_back(render(words, "phase_now.none", {}, audience));
  }
  if (window.next && window.next_starts) {
    out.push_back(render(words, "phase_now.next",
                         {{"phase", phase_name(*window.next, language)},
                          {"when", format_local(zone, *window.next_starts, language)}},
                         audience));
  }
  return out;
}

}  // namespace sammen
