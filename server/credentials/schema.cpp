// The credentials feature's tables.
//
// credential_keys: each process's key seed (hex of 32 random bytes), from
// which every key of the process is derived, and whether the process's roll
// was copied into credential_roll.
//
// credential_roll: one row per voter of a process, copied from the roll in
// the order of the codes' hashes when the first credential is issued (the
// roll is frozen by then), with the blinded element its credential was
// issued for: 64 zeros until then. Issuing overwrites that text with text of
// the same length, which SQLite does in place, so neither the row order nor
// the place of a row in its page says when, or in which order, codes got
// their credentials.
#include "credentials/feature.h"

namespace sammen::server::credentials {
namespace {

constexpr const char* kMigrations[] = {
    // 1: keys and the record of issued credentials.
    R"sql(
CREATE TABLE credential_keys (
  process_id TEXT PRIMARY KEY REFERENCES processes(id),
  seed TEXT NOT NULL,
  roll_copied INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE credential_roll (
  process_id TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  blinded TEXT NOT NULL,
  UNIQUE (process_id, code_hash)
);
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::credentials
