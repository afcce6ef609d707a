// The ballots feature's tables: the voter roll (keyed hashes of voter codes
// only, with the voter's district and when the code was used on paper) and
// one ballot per credential and process, under the credential's mark, its
// proposal ids as a JSON array. Nothing links a ballot to the roll, and no
// time is kept; the table is ordered by mark, a hash, so neither the rows'
// order nor their ids tell the order ballots came in.
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
    // 3: ballots under their credential's mark, without a time or a link to
    // the roll. Ballots of a store from before keep their key as their mark.
    R"sql(
CREATE TABLE ballots_by_mark (
  process_id TEXT NOT NULL,
  mark TEXT NOT NULL,
  district_id TEXT NOT NULL,
  proposal_ids TEXT NOT NULL,
  PRIMARY KEY (process_id, mark)
) WITHOUT ROWID;
INSERT INTO ballots_by_mark (process_id, mark, district_id, proposal_ids)
  SELECT process_id, voter_hash, district_id, proposal_ids FROM ballots;
DROP TABLE ballots;
ALTER TABLE ballots_by_mark RENAME TO ballots;
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::ballots
