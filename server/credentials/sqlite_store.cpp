#include "credentials/sqlite_store.h"

#include "core/statement.h"

namespace sammen::server::credentials {
namespace {

const std::string kNone(64, '0');  // no credential issued yet

}  // namespace

Result<std::string> SqliteStore::seed(const std::string& process_id, const std::string& fresh) {
  return db_.write("credentials.seed", [&] {
    Statement(db_, "INSERT OR IGNORE INTO credential_keys (process_id, seed) VALUES (?,?)")
        .bind(process_id, fresh)
        .run();
    Statement s(db_, "SELECT seed FROM credential_keys WHERE process_id = ?");
    s.bind(process_id);
    if (!s.step()) throw DatabaseError("no credential seed after storing one");
    return s.text(0);
  });
}

Result<Issuance> SqliteStore::record_issuance(const std::string& process_id,
                                              const std::string& code_hash,
                                              const std::string& blinded) {
  return db_.write("credentials.record_issuance", [&] {
    Statement copied(db_, "SELECT roll_copied FROM credential_keys WHERE process_id = ?");
    copied.bind(process_id);
    if (!copied.step()) throw DatabaseError("no credential key for the process");
    if (!copied.boolean(0)) {
      // Every voter at once, in the order of their hashes: the order of
      // issuing never shows in the rows.
      Statement(db_,
                "INSERT OR IGNORE INTO credential_roll (process_id, code_hash, blinded)"
                " SELECT process_id, code_hash, ? FROM voters WHERE process_id = ?"
                " ORDER BY code_hash")
          .bind(kNone, process_id)
          .run();
      Statement(db_, "UPDATE credential_keys SET roll_copied = 1 WHERE process_id = ?")
          .bind(process_id)
          .run();
    }
    Statement row(db_,
                  "SELECT blinded FROM credential_roll WHERE process_id = ? AND code_hash = ?");
    row.bind(process_id, code_hash);
    if (!row.step()) {  // a voter added to the roll after the copy
      Statement(db_, "INSERT INTO credential_roll (process_id, code_hash, blinded) VALUES (?,?,?)")
          .bind(process_id, code_hash, blinded)
          .run();
      return Issuance::kFirst;
    }
    const std::string earlier = row.text(0);
    if (earlier == blinded) return Issuance::kAgain;
    if (earlier != kNone) return Issuance::kRefused;
    Statement(db_, "UPDATE credential_roll SET blinded = ? WHERE process_id = ? AND code_hash = ?")
        .bind(blinded, process_id, code_hash)
        .run();
    return Issuance::kFirst;
  });
}

Result<bool> SqliteStore::issued(const std::string& process_id, const std::string& code_hash) {
  return db_.read("credentials.issued", [&] {
    Statement s(db_,
                "SELECT 1 FROM credential_roll WHERE process_id = ? AND code_hash = ?"
                " AND blinded <> ?");
    s.bind(process_id, code_hash, kNone);
    return s.step();
  });
}

Status SqliteStore::scrub() {
  return db_.read("credentials.scrub", [&] {
    Statement s(db_, "PRAGMA wal_checkpoint(TRUNCATE)");
    while (s.step()) {
    }
  });
}

}  // namespace sammen::server::credentials
