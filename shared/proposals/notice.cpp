#include "sammen/proposals/notice.h"

#include "sammen/proposals/screen_messages.h"

namespace sammen {

std::vector<PersonId> notice_recipients(const Idea& idea, const Event& event) {
  std::vector<PersonId> out;
  for (const Author& a : idea.authors) {
    if (a.person_id != 0 && a.person_id != event.by_id) out.push_back(a.person_id);
  }
  return out;
}

std::string notice_sentence(EventKind kind, const std::string& title, Language language) {
  const std::string key = "notice." + std::string(kEventKindIds.id(kind));
  return render(proposal_screen_messages(), key, {{"title", title}}, {language, "NOK"});
}

}  // namespace sammen
