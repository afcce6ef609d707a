// SqliteStore: the proposals Store on the Database, in the tables of
// schema.cpp.
#pragma once

#include "core/database.h"
#include "proposals/store.h"

namespace sammen::server::proposals {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}

  Result<std::optional<Idea>> find(const std::string& process_id, const std::string& id) override;
  Result<std::optional<Idea>> by_invite(const std::string& code) override;
  Result<std::vector<Idea>> in_process(const std::string& process_id) override;
  Result<std::vector<Idea>> of_person(PersonId person, bool council) override;
  Result<std::vector<Idea>> accepted() override;
  Result<std::int64_t> drafts_by(const std::string& process_id, PersonId person) override;
  Status save(const Idea& idea, const std::vector<NewNotice>& notices) override;
  Result<std::optional<IdeaText>> revision(const std::string& process_id, const std::string& id,
                                           std::int64_t version) override;
  Result<std::vector<Notice>> notices(PersonId person, std::size_t limit) override;
  Result<std::int64_t> unread(PersonId person) override;
  Status mark_read(PersonId person, const std::vector<std::int64_t>& ids) override;

 private:
  Database& db_;
};

}  // namespace sammen::server::proposals
