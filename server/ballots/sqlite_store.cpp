#include "ballots/sqlite_store.h"

#include "core/statement.h"
#include "sammen/core/json.h"

namespace sammen::server::ballots {
namespace {

std::vector<std::string> ids_from_json(const std::string& text) {
  const Result<Json> json = parse_json(text);
  std::vector<std::string> ids;
  if (!json.ok() || !json.value().is_array())
    throw DatabaseError("stored proposal_ids are not a JSON array");
  for (const Json& id : json.value()) {
    if (!id.is_string()) throw DatabaseError("a stored proposal id is not a string");
    ids.push_back(id.get<std::string>());
  }
  return ids;
}

StoredBallot read_ballot(const std::string& process_id, const Statement& row) {
  return {Ballot{process_id, row.text(0), ids_from_json(row.text(1))}, row.text(2)};
}

// Stores one ballot under its mark inside the caller's transaction; says
// whether it replaced one. No time and nothing of the voter is written.
bool put_one(Database& db, const std::string& mark, const Ballot& ballot) {
  Statement existing(db, "SELECT 1 FROM ballots WHERE process_id = ? AND mark = ?");
  existing.bind(ballot.process_id, mark);
  const bool replaced = existing.step();
  Statement(db,
            "INSERT INTO ballots (process_id, mark, district_id, proposal_ids)"
            " VALUES (?,?,?,?) ON CONFLICT (process_id, mark) DO UPDATE SET"
            " district_id = excluded.district_id, proposal_ids = excluded.proposal_ids")
      .bind(ballot.process_id, mark, ballot.district_id, Json(ballot.proposal_ids).dump())
      .run();
  return replaced;
}

}  // namespace

Result<bool> SqliteStore::on_roll(const std::string& process_id, const std::string& voter_hash) {
  return db_.read("ballots.on_roll", [&] {
    Statement s(db_, "SELECT 1 FROM voters WHERE process_id = ? AND code_hash = ?");
    s.bind(process_id, voter_hash);
    return s.step();
  });
}

Status SqliteStore::add_voters(const std::string& process_id,
                               const std::vector<std::string>& voter_hashes) {
  return db_.write("ballots.add_voters", [&] {
    for (const std::string& hash : voter_hashes) {
      Statement(db_, "INSERT INTO voters (process_id, code_hash) VALUES (?,?)")
          .bind(process_id, hash)
          .run();
    }
  });
}

Result<std::optional<Voter>> SqliteStore::voter(const std::string& process_id,
                                                const std::string& voter_hash) {
  return db_.read("ballots.voter", [&]() -> std::optional<Voter> {
    Statement s(db_,
                "SELECT district_id, paper_at FROM voters WHERE process_id = ? AND code_hash = ?");
    s.bind(process_id, voter_hash);
    if (!s.step()) return std::nullopt;
    Voter v{voter_hash, s.text(0), std::nullopt};
    if (!s.is_null(1)) v.used_on_paper_at = s.integer(1);
    return v;
  });
}

Status SqliteStore::replace_roll(const std::string& process_id, const std::vector<Voter>& voters) {
  return db_.write("ballots.replace_roll", [&] {
    Statement(db_, "DELETE FROM voters WHERE process_id = ?").bind(process_id).run();
    // One prepared statement for every row: a roll may have a million.
    Statement insert(db_,
                     "INSERT INTO voters (process_id, code_hash, district_id, paper_at)"
                     " VALUES (?,?,?,?)");
    for (const Voter& v : voters) {
      const std::optional<std::string> district =
          v.district_id.empty() ? std::nullopt : std::optional<std::string>(v.district_id);
      insert.reset().bind(process_id, v.code_hash, district, v.used_on_paper_at).run();
    }
  });
}

Status SqliteStore::mark_used_on_paper(const std::string& process_id,
                                       const std::string& voter_hash, UnixSeconds at) {
  return db_.write("ballots.mark_used_on_paper", [&] {
    Statement(db_,
              "UPDATE voters SET paper_at = ? WHERE process_id = ? AND code_hash = ?"
              " AND paper_at IS NULL")
        .bind(at, process_id, voter_hash)
        .run();
    if (db_.changes() != 1) throw DatabaseError("no unmarked voter to mark used on paper");
  });
}

Result<RollCounts> SqliteStore::roll_counts(const std::string& process_id) {
  return db_.read("ballots.roll_counts", [&] {
    Statement s(db_, "SELECT COUNT(*), COUNT(paper_at) FROM voters WHERE process_id = ?");
    s.bind(process_id);
    s.step();
    return RollCounts{s.integer(0), s.integer(1)};
  });
}

Result<bool> SqliteStore::put(const std::string& mark, const Ballot& ballot) {
  return db_.write("ballots.put", [&] { return put_one(db_, mark, ballot); });
}

Result<std::vector<BallotReceipt>> SqliteStore::put_all(const std::vector<NewBallot>& ballots) {
  return db_.write("ballots.put_all", [&] {
    std::vector<BallotReceipt> receipts;
    receipts.reserve(ballots.size());
    for (const NewBallot& b : ballots)
      receipts.push_back(BallotReceipt{put_one(db_, b.mark, b.ballot), b.ballot, b.mark, ""});
    return receipts;
  });
}

Result<std::optional<StoredBallot>> SqliteStore::of_mark(const std::string& process_id,
                                                         const std::string& mark) {
  return db_.read("ballots.of_mark", [&]() -> std::optional<StoredBallot> {
    Statement s(db_,
                "SELECT district_id, proposal_ids, mark FROM ballots"
                " WHERE process_id = ? AND mark = ?");
    s.bind(process_id, mark);
    if (!s.step()) return std::nullopt;
    return read_ballot(process_id, s);
  });
}

Result<std::vector<StoredBallot>> SqliteStore::all(const std::string& process_id) {
  return db_.read("ballots.all", [&] {
    // Ordered by content, then by mark (a hash), never by time of arrival.
    Statement s(db_,
                "SELECT district_id, proposal_ids, mark FROM ballots WHERE process_id = ?"
                " ORDER BY district_id, proposal_ids, mark");
    s.bind(process_id);
    std::vector<StoredBallot> out;
    while (s.step()) out.push_back(read_ballot(process_id, s));
    return out;
  });
}

}  // namespace sammen::server::ballots
