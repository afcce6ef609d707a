// The ballots feature's tables: the voter roll (keyed hashes of voter codes
// only, with the voter's district and when the code was used on paper) and
// one ballot per voter and process, its proposal ids as a JSON array.
#include "ballots/feature.h"

namespace sammen::server::ballots {
namespace {

constexpr const char* kMigrations[] = {
    // 1: as in the first release.
    R"sql(
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
)sql",
    // 2: a voter's district (from an imported roll) and a code used on paper.
    R"sql(
ALTER TABLE voters ADD COLUMN district_id TEXT;
ALTER TABLE voters ADD COLUMN paper_at INTEGER;
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::ballots
