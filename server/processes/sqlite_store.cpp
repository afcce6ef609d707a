#include "processes/sqlite_store.h"

#include "core/statement.h"
#include "sammen/core/json.h"

namespace sammen::server::processes {
namespace {

constexpr const char* kProcessColumns =
    "SELECT id, title, description, rung, ballot_format, max_approvals, min_spend_percent,"
    " voting_closed, result_published FROM processes";

// The ids of `items` as a JSON array, for "NOT IN (SELECT value FROM json_each(?))".
template <typename T, typename Key>
std::string keys_json(const std::vector<T>& items, Key key) {
  Json keys = Json::array();
  for (const T& item : items) keys.push_back(key(item));
  return keys.dump();
}

// Writes the phases, budgets and proposals of `p`. A new process's rows are
// inserted (a repeated key is an error); an existing one's are updated in
// place by their keys, and only the rows `p` no longer has are deleted.
void write_parts(Database& db, const Process& p, bool is_new) {
  const auto upsert = [is_new](std::string insert, std::string_view on_conflict) {
    return is_new ? insert : insert + " ON CONFLICT " + std::string(on_conflict);
  };
  for (std::size_t i = 0; i < p.phases.size(); ++i) {
    const Phase& phase = p.phases[i];
    Statement(db, upsert("INSERT INTO phases (process_id, position, kind, starts_at, ends_at) "
                         "VALUES (?,?,?,?,?)",
                         "(process_id, position) DO UPDATE SET kind = excluded.kind,"
                         " starts_at = excluded.starts_at, ends_at = excluded.ends_at"))
        .bind(p.id, static_cast<std::int64_t>(i), kPhaseIds.id(phase.kind), phase.starts_at,
              phase.ends_at)
        .run();
  }
  for (std::size_t i = 0; i < p.budgets.size(); ++i) {
    Statement(
        db,
        upsert("INSERT INTO budgets (process_id, district_id, budget, position) VALUES (?,?,?,?)",
               "(process_id, district_id) DO UPDATE SET budget = excluded.budget,"
               " position = excluded.position"))
        .bind(p.id, p.budgets[i].district_id, p.budgets[i].budget, static_cast<std::int64_t>(i))
        .run();
  }
  for (std::size_t i = 0; i < p.proposals.size(); ++i) {
    const Proposal& pr = p.proposals[i];
    Statement(db,
              upsert("INSERT INTO proposals (process_id, id, district_id, title, summary, cost,"
                     " production, status, position) VALUES (?,?,?,?,?,?,?,?,?)",
                     "(process_id, id) DO UPDATE SET district_id = excluded.district_id,"
                     " title = excluded.title, summary = excluded.summary, cost = excluded.cost,"
                     " production = excluded.production, status = excluded.status,"
                     " position = excluded.position"))
        .bind(p.id, pr.id, pr.district_id, pr.title, pr.summary, pr.cost,
              kProductionIds.id(pr.production), kProposalStatusIds.id(pr.status),
              static_cast<std::int64_t>(i))
        .run();
  }
  if (is_new) return;
  Statement(db, "DELETE FROM phases WHERE process_id = ? AND position >= ?")
      .bind(p.id, static_cast<std::int64_t>(p.phases.size()))
      .run();
  Statement(db,
            "DELETE FROM budgets WHERE process_id = ?"
            " AND district_id NOT IN (SELECT value FROM json_each(?))")
      .bind(p.id, keys_json(p.budgets, [](const DistrictBudget& b) { return b.district_id; }))
      .run();
  Statement(db,
            "DELETE FROM proposals WHERE process_id = ?"
            " AND id NOT IN (SELECT value FROM json_each(?))")
      .bind(p.id, keys_json(p.proposals, [](const Proposal& pr) { return pr.id; }))
      .run();
}

// Binds the columns of the processes row in the order add() and save() name them.
Statement& bind_row(Statement&& statement, const Process& p) {
  return statement.bind(p.title, p.description, kRungIds.id(p.rung),
                        kBallotFormatIds.id(p.ballot.format), p.ballot.max_approvals,
                        p.ballot.min_spend_percent, p.voting_closed, p.result_published, p.id);
}

Process read_process(Database& db, const Statement& row) {
  Process p;
  p.id = row.text(0);
  p.title = row.text(1);
  p.description = row.text(2);
  p.rung = row.enumeration<Rung>(3, kRungIds);
  p.ballot.format = row.enumeration<BallotFormat>(4, kBallotFormatIds);
  p.ballot.max_approvals = static_cast<int>(row.integer(5));
  p.ballot.min_spend_percent = static_cast<int>(row.integer(6));
  p.voting_closed = row.boolean(7);
  p.result_published = row.boolean(8);

  Statement phases(
      db, "SELECT kind, starts_at, ends_at FROM phases WHERE process_id = ? ORDER BY position");
  phases.bind(p.id);
  while (phases.step()) {
    p.phases.push_back(
        {phases.enumeration<PhaseKind>(0, kPhaseIds), phases.integer(1), phases.integer(2)});
  }
  Statement budgets(
      db, "SELECT district_id, budget FROM budgets WHERE process_id = ? ORDER BY position");
  budgets.bind(p.id);
  while (budgets.step()) p.budgets.push_back({budgets.text(0), budgets.integer(1)});
  Statement proposals(
      db,
      "SELECT id, district_id, title, summary, cost, production, status FROM proposals"
      " WHERE process_id = ? ORDER BY position");
  proposals.bind(p.id);
  while (proposals.step()) {
    p.proposals.push_back({proposals.text(0), proposals.text(1), proposals.text(2),
                           proposals.text(3), proposals.integer(4),
                           proposals.enumeration<ProductionForm>(5, kProductionIds),
                           proposals.enumeration<ProposalStatus>(6, kProposalStatusIds)});
  }
  return p;
}

}  // namespace

Result<std::optional<Municipality>> SqliteStore::municipality() {
  return db_.read("processes.municipality", [&]() -> std::optional<Municipality> {
    Statement m(db_, "SELECT id, name, currency FROM municipality");
    if (!m.step()) return std::nullopt;
    Municipality municipality{m.text(0), m.text(1), m.text(2), {}};
    Statement d(db_, "SELECT id, name FROM districts WHERE municipality_id = ? ORDER BY position");
    d.bind(municipality.id);
    while (d.step()) municipality.districts.push_back({d.text(0), d.text(1)});
    return municipality;
  });
}

Status SqliteStore::add_municipality(const Municipality& m) {
  return db_.write("processes.add_municipality", [&] {
    Statement(db_, "INSERT INTO municipality (id, name, currency) VALUES (?,?,?)")
        .bind(m.id, m.name, m.currency)
        .run();
    for (std::size_t i = 0; i < m.districts.size(); ++i) {
      Statement(db_, "INSERT INTO districts (id, municipality_id, name, position) VALUES (?,?,?,?)")
          .bind(m.districts[i].id, m.id, m.districts[i].name, static_cast<std::int64_t>(i))
          .run();
    }
  });
}

Result<std::vector<Process>> SqliteStore::all() {
  return db_.read("processes.all", [&] {
    std::vector<Process> out;
    Statement s(db_, std::string(kProcessColumns) + " ORDER BY position, id");
    while (s.step()) out.push_back(read_process(db_, s));
    return out;
  });
}

Result<std::optional<Process>> SqliteStore::find(const std::string& process_id) {
  return db_.read("processes.find", [&]() -> std::optional<Process> {
    Statement s(db_, std::string(kProcessColumns) + " WHERE id = ?");
    s.bind(process_id);
    if (!s.step()) return std::nullopt;
    return read_process(db_, s);
  });
}

Status SqliteStore::add(const Process& p) {
  return db_.write("processes.add", [&] {
    bind_row(
        Statement(db_,
                  "INSERT INTO processes (title, description, rung, ballot_format, max_approvals,"
                  " min_spend_percent, voting_closed, result_published, id, position)"
                  " VALUES (?,?,?,?,?,?,?,?,?,"
                  " (SELECT COALESCE(MAX(position) + 1, 0) FROM processes))"),
        p)
        .run();
    write_parts(db_, p, /*is_new=*/true);
  });
}

Status SqliteStore::save(const Process& p) {
  return db_.write("processes.save", [&] {
    bind_row(
        Statement(db_,
                  "UPDATE processes SET title = ?, description = ?, rung = ?, ballot_format = ?,"
                  " max_approvals = ?, min_spend_percent = ?, voting_closed = ?,"
                  " result_published = ? WHERE id = ?"),
        p)
        .run();
    if (db_.changes() != 1) throw DatabaseError("no process '" + p.id + "' to save");
    write_parts(db_, p, /*is_new=*/false);
  });
}

}  // namespace sammen::server::processes
