#include "sqlite_migrations.h"

namespace sammen::server {
namespace {

// Enum values are stored as their wire ids ("co_decide", "knapsack"), money
// in minor units, times in Unix seconds, lists of ids as JSON arrays.
constexpr const char* kMigrations[] = {
    // 1: the first schema.
    R"sql(
CREATE TABLE municipality (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  currency TEXT NOT NULL
);
CREATE TABLE districts (
  id TEXT PRIMARY KEY,
  municipality_id TEXT NOT NULL REFERENCES municipality(id),
  name TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE TABLE processes (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  rung TEXT NOT NULL,
  ballot_format TEXT NOT NULL,
  max_approvals INTEGER NOT NULL,
  min_spend_percent INTEGER NOT NULL,
  voting_closed INTEGER NOT NULL DEFAULT 0,
  result_published INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL
);
CREATE TABLE phases (
  process_id TEXT NOT NULL REFERENCES processes(id),
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,
  PRIMARY KEY (process_id, position)
);
CREATE TABLE budgets (
  process_id TEXT NOT NULL REFERENCES processes(id),
  district_id TEXT NOT NULL REFERENCES districts(id),
  budget INTEGER NOT NULL CHECK (budget >= 0),
  position INTEGER NOT NULL,
  PRIMARY KEY (process_id, district_id)
);
CREATE TABLE proposals (
  process_id TEXT NOT NULL REFERENCES processes(id),
  id TEXT NOT NULL,
  district_id TEXT NOT NULL REFERENCES districts(id),
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  cost INTEGER NOT NULL CHECK (cost >= 0),
  production TEXT NOT NULL,
  status TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (process_id, id)
);
CREATE TABLE voters (
  process_id TEXT NOT NULL REFERENCES processes(id),
  code_hash TEXT NOT NULL,
  PRIMARY KEY (process_id, code_hash)
) WITHOUT ROWID;
CREATE TABLE ballots (
  process_id TEXT NOT NULL,
  voter_hash TEXT NOT NULL,
  district_id TEXT NOT NULL,
  proposal_ids TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  PRIMARY KEY (process_id, voter_hash),
  FOREIGN KEY (process_id, voter_hash) REFERENCES voters(process_id, code_hash)
) WITHOUT ROWID;
CREATE TABLE results (
  process_id TEXT PRIMARY KEY REFERENCES processes(id),
  result TEXT NOT NULL,
  published_at INTEGER NOT NULL
);
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE demo_codes (
  process_id TEXT NOT NULL REFERENCES processes(id),
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (process_id, code)
);
)sql",
};

}  // namespace

std::span<const char* const> sqlite_migrations() {
  return kMigrations;
}

}  // namespace sammen::server
