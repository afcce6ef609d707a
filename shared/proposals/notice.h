// Notice: an author is told, inside Sammen, what happened to their proposal.
//
// Every event (idea.h) tells the idea's authors, all but the one who made
// it happen; a notice is unread until its reader marks it read. No e-mail.
#pragma once

#include <string>
#include <vector>

#include "sammen/core/language.h"
#include "sammen/proposals/idea.h"

namespace sammen {

inline constexpr std::size_t kMaxNoticesShown = 200;

struct Notice {
  std::int64_t id = 0;
  std::string process_id;
  std::string proposal_id;
  std::string proposal_title;
  EventKind kind = EventKind::kCreated;
  UnixSeconds at = 0;
  bool read = false;
  std::string text;  // what it says, in the reader's language
};

// Who hears of `event` on `idea`: its authors but the one who did it.
std::vector<PersonId> notice_recipients(const Idea& idea, const Event& event);

// "Your proposal "Trishaw rides" was accepted for the ballot." and the like.
std::string notice_sentence(EventKind kind, const std::string& title, Language language);

}  // namespace sammen
