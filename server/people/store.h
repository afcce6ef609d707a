// Store: the people with accounts, their roles, sessions and API tokens.
//
// A person is found by id or by e-mail (lower case, normalize_email()).
// Sessions and API tokens are found by their token's digest; a session
// past its expiry or an API token revoked is as good as none. An actor found
// through either carries the person's current roles, so a role removed is
// gone from every session and token at once. Every method is safe to call
// from many threads at once; a method that changes data commits all of it
// or nothing; failures are kStorageFailed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/result.h"
#include "sammen/people/views.h"

namespace sammen::server::people {

struct StoredPerson {
  Person person;
  std::string password_hash;
};

class Store {
 public:
  virtual ~Store() = default;

  virtual Result<std::int64_t> count() = 0;
  virtual Result<std::optional<StoredPerson>> by_email(const std::string& email) = 0;
  virtual Result<std::optional<StoredPerson>> by_id(PersonId id) = 0;
  // Everyone, by id.
  virtual Result<std::vector<Person>> all() = 0;
  // A new person (with its roles); none when the e-mail already has an account.
  virtual Result<std::optional<PersonId>> add(const Person& person,
                                              const std::string& password_hash) = 0;
  virtual Status set_password(PersonId id, const std::string& password_hash,
                              bool must_change) = 0;
  // The home districts people have given, each once.
  virtual Result<std::vector<std::string>> home_districts() = 0;

  virtual Status grant(PersonId id, Role role, UnixSeconds at) = 0;
  virtual Status remove_role(PersonId id, Role role) = 0;
  // How many people hold `role`.
  virtual Result<std::int64_t> holders(Role role) = 0;

  // A new session (and sessions that have expired by `now` are removed).
  virtual Status add_session(const std::string& digest, PersonId id, UnixSeconds now,
                             UnixSeconds expires_at) = 0;
  virtual Result<std::optional<Actor>> session(const std::string& digest, UnixSeconds now) = 0;
  // When the session ends; none when it has ended.
  virtual Result<std::optional<UnixSeconds>> session_expiry(const std::string& digest) = 0;
  virtual Status end_session(const std::string& digest) = 0;
  // Ends every session of the person but `keep`.
  virtual Status end_other_sessions(PersonId id, const std::string& keep) = 0;

  virtual Result<ApiToken> add_token(PersonId id, const std::string& name,
                                     const std::string& digest, UnixSeconds at) = 0;
  virtual Result<std::vector<ApiToken>> tokens(PersonId id) = 0;
  virtual Result<std::optional<ApiToken>> token(std::int64_t token_id) = 0;
  virtual Status revoke_token(std::int64_t token_id, UnixSeconds at) = 0;
  virtual Result<std::optional<Actor>> by_token(const std::string& digest) = 0;
};

}  // namespace sammen::server::people
