// The processes feature's tables. Enum values are stored as their EnumTable
// ids ("co_decide", "knapsack"), money in minor units, times in Unix seconds.
#include "processes/feature.h"

namespace sammen::server::processes {
namespace {

constexpr const char* kMigrations[] = {
    // 1: as in the first release.
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
)sql",
    // 2: the municipality's languages; a process's counting rule, who may
    // take part, and its title and description in more languages.
    R"sql(
ALTER TABLE municipality ADD COLUMN languages TEXT NOT NULL DEFAULT '["nb"]';
ALTER TABLE processes ADD COLUMN counting_rule TEXT NOT NULL DEFAULT 'greedy';
ALTER TABLE processes ADD COLUMN min_age INTEGER NOT NULL DEFAULT 0;
ALTER TABLE processes ADD COLUMN max_age INTEGER NOT NULL DEFAULT 0;
ALTER TABLE processes ADD COLUMN eligible_districts TEXT NOT NULL DEFAULT '[]';
CREATE TABLE process_texts (
  process_id TEXT NOT NULL REFERENCES processes(id),
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (process_id, language)
);
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::processes
