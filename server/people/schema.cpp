// The people feature's tables. E-mail addresses are kept in lower case;
// passwords as Argon2id hashes; sessions and API tokens by the digest of
// their token only (core/secrets.h). One server runs one municipality, so a
// role is held in it.
#include "people/feature.h"

namespace sammen::server::people {
namespace {

constexpr const char* kMigrations[] = {
    // 1: people, their roles, sessions and API tokens.
    R"sql(
CREATE TABLE people (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  birth_year INTEGER,
  district_id TEXT,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE roles (
  person_id INTEGER NOT NULL REFERENCES people(id),
  role TEXT NOT NULL,
  granted_at INTEGER NOT NULL,
  PRIMARY KEY (person_id, role)
) WITHOUT ROWID;
CREATE TABLE sessions (
  token_digest TEXT PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_of_person ON sessions(person_id);
CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id INTEGER NOT NULL REFERENCES people(id),
  name TEXT NOT NULL,
  token_digest TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
);
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::people
