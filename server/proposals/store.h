// Store: what the server keeps of proposals' lives, their authors, the
// versions of their texts and the notices their authors get.
//
// Every method is safe to call from many threads at once; a method that
// changes data commits all of it durably or nothing; failures are
// kStorageFailed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/result.h"
#include "sammen/proposals/notice.h"

namespace sammen::server::proposals {

// A notice to write: one reader, one event of one idea.
struct NewNotice {
  PersonId person_id = 0;
  EventKind kind = EventKind::kCreated;
  UnixSeconds at = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  virtual Result<std::optional<Idea>> find(const std::string& process_id,
                                           const std::string& id) = 0;
  virtual Result<std::optional<Idea>> by_invite(const std::string& code) = 0;
  // In the order they were started.
  virtual Result<std::vector<Idea>> in_process(const std::string& process_id) = 0;
  // Those `person` wrote, and (`council`) every youth council idea too.
  virtual Result<std::vector<Idea>> of_person(PersonId person, bool council) = 0;
  // Every accepted idea of every process (the count may have selected it).
  virtual Result<std::vector<Idea>> accepted() = 0;
  // Drafts `person` started in the process.
  virtual Result<std::int64_t> drafts_by(const std::string& process_id, PersonId person) = 0;
  // The idea (new or changed: by its key), its authors, its text under its
  // version when that is new, and `notices`, all or nothing.
  virtual Status save(const Idea& idea, const std::vector<NewNotice>& notices) = 0;
  // The text as saved at `version`, when kept.
  virtual Result<std::optional<IdeaText>> revision(const std::string& process_id,
                                                   const std::string& id,
                                                   std::int64_t version) = 0;
  // Newest first, at most `limit`; `text` left empty for the caller to say.
  virtual Result<std::vector<Notice>> notices(PersonId person, std::size_t limit) = 0;
  virtual Result<std::int64_t> unread(PersonId person) = 0;
  // Marks the person's notices `ids` read (empty: all of them).
  virtual Status mark_read(PersonId person, const std::vector<std::int64_t>& ids) = 0;
};

}  // namespace sammen::server::proposals
