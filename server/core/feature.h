// Feature: what one folder of server/ gives the server, registered in main.cpp.
//
// A feature owns its tables (its migrations, under its name in the schema
// ledger), its store, its use cases and its routes. install() registers the
// routes with what every feature may use (Deps); start(), when there is one,
// runs once before the server listens (the demo seeds itself there).
// command(), when there is one, runs before every start(): a feature whose
// flag was given does its work and returns the exit code instead of the
// server serving (people: --create-admin); otherwise it returns kServe.
#pragma once

#include <span>
#include <string_view>

#include "core/attempt_log.h"
#include "core/auth.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/flags.h"
#include "core/gate.h"
#include "core/passwords.h"
#include "core/router.h"
#include "core/voting_gate.h"

namespace sammen::server {

// What every feature's routes may use. Each feature builds its own stores
// (and those of the features it reads) on `db`.
struct Deps {
  Database& db;
  Clock clock;
  VotingGate& voting;
  const auth::VoterCodeHasher& voter_codes;
  auth::AdminTokenCheck& admin;
  Gate& gate;                   // who is asking (gate.h)
  AttemptLog& attempts;         // failures, for the slow-down
  auth::Passwords& passwords;   // Argon2id, in the Argon2Queue's line
};

// What a feature's start() may use, before the server listens.
struct Startup {
  Database& db;
  Clock clock;
  const auth::VoterCodeHasher& voter_codes;
  const Flags& flags;
  auth::Passwords& passwords;
};

inline constexpr int kServe = -1;

struct Feature {
  std::string_view name;                    // its key in the schema ledger
  std::span<const char* const> migrations;  // oldest first
  void (*install)(Router& router, const Deps& deps) = nullptr;
  Status (*start)(const Startup& startup) = nullptr;
  int (*command)(const Startup& startup) = nullptr;
};

}  // namespace sammen::server
