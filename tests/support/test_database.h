// TestDatabase: a real SQLite file in a fresh folder, migrated for every
// feature, with every feature's SQLite store on it.
//
// plant() seeds the demo (Elvestad, its process, a few voters) as the server
// does on a first start. dump() is the whole content of the file, one line
// per row, sorted, to say "nothing changed". For use-case, store and fault
// tests without sockets.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "audit/sqlite_store.h"
#include "ballots/sqlite_store.h"
#include "core/attempt_log.h"
#include "core/auth.h"
#include "core/feature.h"
#include "core/passwords.h"
#include "core/settings.h"
#include "credentials/sqlite_store.h"
#include "demo/seed.h"
#include "demo/sqlite_store.h"
#include "people/sqlite_store.h"
#include "processes/sqlite_store.h"
#include "results/sqlite_store.h"
#include "rolls/sqlite_store.h"
#include "server_process.h"

namespace sammen::testing {

inline constexpr UnixSeconds kSeedTime = 1'800'000'000;
inline constexpr UnixSeconds kDay = 24 * 60 * 60;

// Every feature, as main.cpp lists them.
std::vector<server::Feature> all_features();
// Every feature's schema, core first.
std::vector<server::Schema> all_schemas();

// Actors for use cases: the installation token (an administrator), and
// people holding the given roles (person ids are made up: use cases take
// the actor as the Gate found it).
inline Actor administrator() {
  return installation_actor();
}
inline Actor person_with(std::vector<Role> roles, PersonId id = 900) {
  return {Credential::kApiToken, id, "Test person", std::move(roles), false, "token 1"};
}

// A ballot of the demo process.
inline Ballot demo_ballot(std::string district_id, std::vector<std::string> proposal_ids) {
  return {server::demo::kProcessId, std::move(district_id), std::move(proposal_ids)};
}

// The result's status, without its value.
template <typename T>
Status status_of(const Result<T>& result) {
  if (result.ok()) return Done{};
  return result.problems();
}

class TestDatabase {
 public:
  explicit TestDatabase(int busy_timeout_ms = 5000);

  server::Database& db() { return *db_; }
  std::string path() const { return dir_.file("store.sqlite"); }
  // Closes and opens the file again (and migrates, which finds nothing to do).
  void reopen();

  // Seeds the demo with `voters` voters, as of `now`; keeps what it wrote.
  const server::demo::Seed& plant(int voters = 5, UnixSeconds now = kSeedTime);
  const server::demo::Seed& seed() const { return seed_; }
  // The hash of the demo's `i`-th voter code.
  std::string voter(std::size_t i) const { return seed_.voter_hashes.at(i); }

  // Every row of every table, sorted.
  std::string dump() const;

  const server::auth::VoterCodeHasher& voter_codes() const { return hasher_; }
  // A check of kAdminToken (its Argon2id hash is computed once per test binary).
  server::auth::AdminTokenCheck& admin() { return admin_; }
  // Argon2id at its lowest cost, so tests need not wait for it.
  server::auth::Passwords& passwords() { return passwords_; }
  server::AttemptLog& attempts() { return attempts_; }
  // The line both of them wait in.
  server::auth::Argon2Queue& argon2() { return argon2_; }

 private:
  TempDir dir_;
  int busy_timeout_ms_;
  std::unique_ptr<server::Database> db_;
  server::auth::VoterCodeHasher hasher_{std::string(32, 'k')};
  server::auth::Argon2Queue argon2_;
  server::auth::AdminTokenCheck admin_;
  server::auth::Passwords passwords_{argon2_, server::auth::Passwords::Cost::kFastForTests};
  server::AttemptLog attempts_;
  server::demo::Seed seed_;

 public:
  // The stores, rebuilt by reopen(). Declared after db_: they refer to it.
  std::unique_ptr<server::processes::SqliteStore> processes;
  std::unique_ptr<server::ballots::SqliteStore> ballots;
  std::unique_ptr<server::results::SqliteStore> results;
  std::unique_ptr<server::demo::SqliteStore> demo;
  std::unique_ptr<server::SqliteSettings> settings;
  std::unique_ptr<server::people::SqliteStore> people;
  std::unique_ptr<server::audit::SqliteStore> audit;
  std::unique_ptr<server::rolls::SqliteStore> rolls;
  std::unique_ptr<server::credentials::SqliteStore> credentials;
};

}  // namespace sammen::testing
