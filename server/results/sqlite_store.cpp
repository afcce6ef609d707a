#include "results/sqlite_store.h"

#include "core/statement.h"
#include "sammen/results/wire.h"

namespace sammen::server::results {

Status SqliteStore::put(const Tally& tally, UnixSeconds published_at) {
  return db_.write("results.put", [&] {
    Statement(db_, "INSERT INTO results (process_id, result, published_at) VALUES (?,?,?)")
        .bind(tally.process_id, dump_json(tally), published_at)
        .run();
  });
}

Result<std::optional<StoredTally>> SqliteStore::find(const std::string& process_id) {
  return db_.read("results.find", [&]() -> std::optional<StoredTally> {
    Statement s(db_, "SELECT result, published_at FROM results WHERE process_id = ?");
    s.bind(process_id);
    if (!s.step()) return std::nullopt;
    Result<Tally> tally = decode_body<Tally>(s.text(0));
    if (!tally.ok())
      throw DatabaseError("the stored tally of '" + process_id + "' does not decode");
    return StoredTally{std::move(tally).value(), s.integer(1)};
  });
}

}  // namespace sammen::server::results
