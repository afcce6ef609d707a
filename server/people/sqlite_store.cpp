#include "people/sqlite_store.h"

#include "core/statement.h"

namespace sammen::server::people {
namespace {

constexpr const char* kPersonColumns =
    "SELECT id, email, name, password_hash, birth_year, district_id, must_change_password,"
    " created_at FROM people";

std::vector<Role> roles_of(Database& db, PersonId id) {
  Statement s(db, "SELECT role FROM roles WHERE person_id = ? ORDER BY role");
  s.bind(id);
  std::vector<Role> roles;
  while (s.step()) roles.push_back(s.enumeration<Role>(0, kRoleIds));
  return roles;
}

StoredPerson read_person(Database& db, const Statement& row) {
  StoredPerson out;
  Person& p = out.person;
  p.id = row.integer(0);
  p.email = row.text(1);
  p.name = row.text(2);
  out.password_hash = row.text(3);
  if (!row.is_null(4)) p.birth_year = static_cast<int>(row.integer(4));
  p.district_id = row.text(5);
  p.must_change_password = row.boolean(6);
  p.created_at = row.integer(7);
  p.roles = roles_of(db, p.id);
  return out;
}

template <typename Key>
std::optional<StoredPerson> one_person(Database& db, const std::string& where, const Key& key) {
  Statement s(db, std::string(kPersonColumns) + " WHERE " + where);
  s.bind(key);
  if (!s.step()) return std::nullopt;
  return read_person(db, s);
}

// The actor of the person `id` holding a credential.
std::optional<Actor> actor_of(Database& db, PersonId id, Credential credential,
                              std::string credential_id) {
  Statement s(db, "SELECT name, must_change_password FROM people WHERE id = ?");
  s.bind(id);
  if (!s.step()) return std::nullopt;
  return Actor{credential, id, s.text(0), roles_of(db, id), s.boolean(1), std::move(credential_id)};
}

ApiToken read_token(const Statement& row) {
  ApiToken t{row.integer(0), row.integer(1), row.text(2), row.integer(3), std::nullopt};
  if (!row.is_null(4)) t.revoked_at = row.integer(4);
  return t;
}

constexpr const char* kTokenColumns =
    "SELECT id, person_id, name, created_at, revoked_at FROM api_tokens";

}  // namespace

Result<std::int64_t> SqliteStore::count() {
  return db_.read("people.count", [&] {
    Statement s(db_, "SELECT COUNT(*) FROM people");
    s.step();
    return s.integer(0);
  });
}

Result<std::optional<StoredPerson>> SqliteStore::by_email(const std::string& email) {
  return db_.read("people.by_email", [&] { return one_person(db_, "email = ?", email); });
}

Result<std::optional<StoredPerson>> SqliteStore::by_id(PersonId id) {
  return db_.read("people.by_id", [&] { return one_person(db_, "id = ?", id); });
}

Result<std::vector<Person>> SqliteStore::all() {
  return db_.read("people.all", [&] {
    Statement s(db_, std::string(kPersonColumns) + " ORDER BY id");
    std::vector<Person> out;
    while (s.step()) out.push_back(read_person(db_, s).person);
    return out;
  });
}

Result<std::optional<PersonId>> SqliteStore::add(const Person& p, const std::string& hash) {
  return db_.write("people.add", [&]() -> std::optional<PersonId> {
    Statement taken(db_, "SELECT 1 FROM people WHERE email = ?");
    taken.bind(p.email);
    if (taken.step()) return std::nullopt;
    const std::optional<std::string> district =
        p.district_id.empty() ? std::nullopt : std::optional<std::string>(p.district_id);
    const std::optional<std::int64_t> birth_year =
        p.birth_year ? std::optional<std::int64_t>(*p.birth_year) : std::nullopt;
    Statement(db_,
              "INSERT INTO people (email, name, password_hash, birth_year, district_id,"
              " must_change_password, created_at) VALUES (?,?,?,?,?,?,?)")
        .bind(p.email, p.name, hash, birth_year, district, p.must_change_password, p.created_at)
        .run();
    Statement last(db_, "SELECT last_insert_rowid()");
    last.step();
    const PersonId id = last.integer(0);
    for (Role role : p.roles) {
      Statement(db_, "INSERT INTO roles (person_id, role, granted_at) VALUES (?,?,?)")
          .bind(id, kRoleIds.id(role), p.created_at)
          .run();
    }
    return id;
  });
}

Status SqliteStore::set_password(PersonId id, const std::string& hash, bool must_change) {
  return db_.write("people.set_password", [&] {
    Statement(db_, "UPDATE people SET password_hash = ?, must_change_password = ? WHERE id = ?")
        .bind(hash, must_change, id)
        .run();
    if (db_.changes() != 1) throw DatabaseError("no person " + std::to_string(id));
  });
}

Result<std::vector<std::string>> SqliteStore::home_districts() {
  return db_.read("people.home_districts", [&] {
    Statement s(db_,
                "SELECT DISTINCT district_id FROM people WHERE district_id IS NOT NULL"
                " ORDER BY district_id");
    std::vector<std::string> out;
    while (s.step()) out.push_back(s.text(0));
    return out;
  });
}

Status SqliteStore::grant(PersonId id, Role role, UnixSeconds at) {
  return db_.write("people.grant", [&] {
    Statement(db_,
              "INSERT INTO roles (person_id, role, granted_at) VALUES (?,?,?)"
              " ON CONFLICT (person_id, role) DO NOTHING")
        .bind(id, kRoleIds.id(role), at)
        .run();
  });
}

Status SqliteStore::remove_role(PersonId id, Role role) {
  return db_.write("people.remove_role", [&] {
    Statement(db_, "DELETE FROM roles WHERE person_id = ? AND role = ?")
        .bind(id, kRoleIds.id(role))
        .run();
  });
}

Result<std::int64_t> SqliteStore::holders(Role role) {
  return db_.read("people.holders", [&] {
    Statement s(db_, "SELECT COUNT(*) FROM roles WHERE role = ?");
    s.bind(kRoleIds.id(role));
    s.step();
    return s.integer(0);
  });
}

Status SqliteStore::add_session(const std::string& digest, PersonId id, UnixSeconds now,
                                UnixSeconds expires_at) {
  return db_.write("people.add_session", [&] {
    Statement(db_, "DELETE FROM sessions WHERE expires_at <= ?").bind(now).run();
    Statement(db_,
              "INSERT INTO sessions (token_digest, person_id, created_at, expires_at)"
              " VALUES (?,?,?,?)")
        .bind(digest, id, now, expires_at)
        .run();
  });
}

Result<std::optional<Actor>> SqliteStore::session(const std::string& digest, UnixSeconds now) {
  return db_.read("people.session", [&]() -> std::optional<Actor> {
    Statement s(db_, "SELECT person_id FROM sessions WHERE token_digest = ? AND expires_at > ?");
    s.bind(digest, now);
    if (!s.step()) return std::nullopt;
    return actor_of(db_, s.integer(0), Credential::kSession, digest);
  });
}

Result<std::optional<UnixSeconds>> SqliteStore::session_expiry(const std::string& digest) {
  return db_.read("people.session_expiry", [&]() -> std::optional<UnixSeconds> {
    Statement s(db_, "SELECT expires_at FROM sessions WHERE token_digest = ?");
    s.bind(digest);
    if (!s.step()) return std::nullopt;
    return s.integer(0);
  });
}

Status SqliteStore::end_session(const std::string& digest) {
  return db_.write("people.end_session", [&] {
    Statement(db_, "DELETE FROM sessions WHERE token_digest = ?").bind(digest).run();
  });
}

Status SqliteStore::end_other_sessions(PersonId id, const std::string& keep) {
  return db_.write("people.end_other_sessions", [&] {
    Statement(db_, "DELETE FROM sessions WHERE person_id = ? AND token_digest <> ?")
        .bind(id, keep)
        .run();
  });
}

Result<ApiToken> SqliteStore::add_token(PersonId id, const std::string& name,
                                        const std::string& digest, UnixSeconds at) {
  return db_.write("people.add_token", [&] {
    Statement(db_,
              "INSERT INTO api_tokens (person_id, name, token_digest, created_at)"
              " VALUES (?,?,?,?)")
        .bind(id, name, digest, at)
        .run();
    Statement last(db_, "SELECT last_insert_rowid()");
    last.step();
    return ApiToken{last.integer(0), id, name, at, std::nullopt};
  });
}

Result<std::vector<ApiToken>> SqliteStore::tokens(PersonId id) {
  return db_.read("people.tokens", [&] {
    Statement s(db_, std::string(kTokenColumns) + " WHERE person_id = ? ORDER BY id");
    s.bind(id);
    std::vector<ApiToken> out;
    while (s.step()) out.push_back(read_token(s));
    return out;
  });
}

Result<std::optional<ApiToken>> SqliteStore::token(std::int64_t token_id) {
  return db_.read("people.token", [&]() -> std::optional<ApiToken> {
    Statement s(db_, std::string(kTokenColumns) + " WHERE id = ?");
    s.bind(token_id);
    if (!s.step()) return std::nullopt;
    return read_token(s);
  });
}

Status SqliteStore::revoke_token(std::int64_t token_id, UnixSeconds at) {
  return db_.write("people.revoke_token", [&] {
    Statement(db_, "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
        .bind(at, token_id)
        .run();
  });
}

Result<std::optional<Actor>> SqliteStore::by_token(const std::string& digest) {
  return db_.read("people.by_token", [&]() -> std::optional<Actor> {
    Statement s(db_,
                "SELECT id, person_id FROM api_tokens WHERE token_digest = ? AND revoked_at IS NULL");
    s.bind(digest);
    if (!s.step()) return std::nullopt;
    return actor_of(db_, s.integer(1), Credential::kApiToken, "token " + std::to_string(s.integer(0)));
  });
}

}  // namespace sammen::server::people
