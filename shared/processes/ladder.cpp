#include "sammen/processes/ladder.h"

#include "sammen/processes/messages.h"

namespace sammen {

bool rung_allows(Rung rung, Action action) {
  const int r = static_cast<int>(rung);
  switch (action) {
    case Action::kRead: return r >= 1;
    case Action::kComment: return r >= 2;
    case Action::kSupport: return r >= 3;
    case Action::kAuthor:
    case Action::kPledge: return r >= 4;
    // An advisory ballot from involve up; binding only on co-decide.
    case Action::kVote: return r >= 3;
  }
  return false;
}

bool vote_is_binding(Rung rung) {
  return rung == Rung::kCoDecide;
}

std::string rung_name(Rung rung, Language language) {
  return render(process_messages(), "rung." + std::string(kRungIds.id(rung)), {}, {language});
}

std::string rung_promise(Rung rung, Language language) {
  return render(process_messages(), "promise." + std::string(kRungIds.id(rung)), {}, {language});
}

}  // namespace sammen
