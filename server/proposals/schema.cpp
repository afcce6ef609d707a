// The proposals feature's tables. A proposal's life is one JSON document
// (its wire form, sammen/proposals/wire.h) beside the columns it is found by;
// authors, saved versions of the text and notices are rows of their own.
#include "proposals/feature.h"

namespace sammen::server::proposals {
namespace {

constexpr const char* kMigrations[] = {
    // 1: as in the first release.
    R"sql(
CREATE TABLE proposal_lives (
  process_id TEXT NOT NULL REFERENCES processes(id),
  id TEXT NOT NULL,
  stage TEXT NOT NULL,
  hidden INTEGER NOT NULL DEFAULT 0,
  council INTEGER NOT NULL DEFAULT 0,
  invite_code TEXT,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (process_id, id)
);
CREATE UNIQUE INDEX proposal_lives_invite ON proposal_lives(invite_code)
  WHERE invite_code IS NOT NULL;
CREATE TABLE proposal_authors (
  process_id TEXT NOT NULL,
  proposal_id TEXT NOT NULL,
  person_id INTEGER NOT NULL,
  PRIMARY KEY (process_id, proposal_id, person_id),
  FOREIGN KEY (process_id, proposal_id) REFERENCES proposal_lives(process_id, id)
);
CREATE INDEX proposal_authors_person ON proposal_authors(person_id);
CREATE TABLE proposal_revisions (
  process_id TEXT NOT NULL,
  proposal_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (process_id, proposal_id, version),
  FOREIGN KEY (process_id, proposal_id) REFERENCES proposal_lives(process_id, id)
);
CREATE TABLE proposal_notices (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL,
  process_id TEXT NOT NULL,
  proposal_id TEXT NOT NULL,
  proposal_title TEXT NOT NULL,
  kind TEXT NOT NULL,
  at INTEGER NOT NULL,
  read INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX proposal_notices_person ON proposal_notices(person_id, id);
)sql",
};

}  // namespace

Feature feature() {
  return {"proposals", kMigrations, install};
}

}  // namespace sammen::server::proposals
