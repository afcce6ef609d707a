// SqliteStore: the people Store on the Database, in the tables of schema.cpp.
#pragma once

#include "core/database.h"
#include "people/store.h"

namespace sammen::server::people {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database& db) : db_(db) {}

  Result<std::int64_t> count() override;
  Result<std::optional<StoredPerson>> by_email(const std::string& email) override;
  Result<std::optional<StoredPerson>> by_id(PersonId id) override;
  Result<std::vector<Person>> all() override;
  Result<std::optional<PersonId>> add(const Person& person,
                                      const std::string& password_hash) override;
  Status set_password(PersonId id, const std::string& password_hash, bool must_change) override;
  Result<std::vector<std::string>> home_districts() override;
  Status grant(PersonId id, Role role, UnixSeconds at) override;
  Status remove_role(PersonId id, Role role) override;
  Result<std::int64_t> holders(Role role) override;
  Status add_session(const std::string& digest, PersonId id, UnixSeconds now,
                     UnixSeconds expires_at) override;
  Result<std::optional<Actor>> session(const std::string& digest, UnixSeconds now) override;
  Result<std::optional<UnixSeconds>> session_expiry(const std::string& digest) override;
  Status end_session(const std::string& digest) override;
  Status end_other_sessions(PersonId id, const std::string& keep) override;
  Result<ApiToken> add_token(PersonId id, const std::string& name, const std::string& digest,
                             UnixSeconds at) override;
  Result<std::vector<ApiToken>> tokens(PersonId id) override;
  Result<std::optional<ApiToken>> token(std::int64_t token_id) override;
  Status revoke_token(std::int64_t token_id, UnixSeconds at) override;
  Result<std::optional<Actor>> by_token(const std::string& digest) override;

 private:
  Database& db_;
};

}  // namespace sammen::server::people
