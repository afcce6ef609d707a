#include "sammen/processes/standing.h"

#include "sammen/core/error_table.h"
#include "sammen/processes/screen_messages.h"

namespace sammen {

std::string standing_sentence(const ProcessDetail& detail, Language language) {
  const Catalog words = process_screen_messages();
  const Process& process = detail.process;
  const std::string phase =
      detail.phase
          ? render(words, "phase", {{"phase", phase_name(*detail.phase, language)}}, {language})
          : render(words, "no_phase", {}, {language});
  std::string vote;
  if (!rung_allows(process.rung, Action::kVote)) {
    vote = render(words, "cannot_vote", {}, {language});
  } else if (detail.voting_open) {
    vote = render(words, "voting_open", {}, {language});
  } else if (process.result_published) {
    vote = render(words, "published", {}, {language});
  } else if (process.voting_closed) {
    vote = render(words, "counting", {}, {language});
  } else if (const std::optional<Problem> why = why_voting_is_not_open(process, detail.now)) {
    vote = sentence(*why, language);
  }
  return vote.empty() ? phase : phase + " " + vote;
}

}  // namespace sammen
