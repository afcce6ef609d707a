#include "rolls/sqlite_store.h"

#include "core/statement.h"
#include "sammen/rolls/wire.h"

namespace sammen::server::rolls {

Status SqliteStore::put(const StoredRoll& roll) {
  const RollSummary& s = roll.summary;
  return db_.write("rolls.put", [&] {
    Statement(db_,
              "INSERT INTO rolls (process_id, imported_at, lines, voters, too_young, too_old,"
              " outside_districts, census, eligibility_key) VALUES (?,?,?,?,?,?,?,?,?)"
              " ON CONFLICT (process_id) DO UPDATE SET imported_at = excluded.imported_at,"
              " lines = excluded.lines, voters = excluded.voters,"
              " too_young = excluded.too_young, too_old = excluded.too_old,"
              " outside_districts = excluded.outside_districts, census = excluded.census,"
              " eligibility_key = excluded.eligibility_key")
        .bind(s.process_id, s.imported_at, s.lines, s.voters, s.left_out.too_young,
              s.left_out.too_old, s.left_out.outside_districts, dump_json(Json(s.census)),
              roll.eligibility_key)
        .run();
  });
}

Result<std::optional<StoredRoll>> SqliteStore::find(const std::string& process_id) {
  return db_.read("rolls.find", [&]() -> std::optional<StoredRoll> {
    Statement s(db_,
                "SELECT imported_at, lines, voters, too_young, too_old, outside_districts, census,"
                " eligibility_key FROM rolls WHERE process_id = ?");
    s.bind(process_id);
    if (!s.step()) return std::nullopt;
    Result<Json> json = parse_json(s.text(6));
    Result<Census> census =
        json.ok() ? decode<Census>(json.value()) : Result<Census>(json.problems());
    if (!census.ok()) throw DatabaseError("the stored census of '" + process_id + "' does not decode");
    StoredRoll roll;
    roll.summary = {process_id, s.integer(0), s.integer(1), s.integer(2),
                    {s.integer(3), s.integer(4), s.integer(5)}, 0, std::move(census).value()};
    roll.eligibility_key = s.text(7);
    return roll;
  });
}

}  // namespace sammen::server::rolls
