#include "processes/sqlite_store.h"

#include "core/statement.h"
#include "sammen/core/json.h"

namespace sammen::server::processes {
namespace {

constexpr const char* kProcessColumns =
    "SELECT id, title, description, rung, ballot_format, max_approvals, min_spend_percent,"
    " voting_closed, result_published, counting_rule, min_age, max_age, eligible_districts"
    " FROM processes";

// A JSON array of strings, as stored; a stored value that is not one is a DatabaseError.
std::vector<std::string> strings_from_json(const std::string& text) {
  const Result<Json> json = parse_json(text);
  if (!json.ok() || !json.value().is_array()) throw DatabaseError("a stored list is not an array");
  std::vector<std::string> out;
  for (const Json& item : json.value()) {
    if (!item.is_string()) throw DatabaseError("a stored list holds a non-string");
    out.push_back(item.get<std::string>());
  }
  return out;
}

std::vector<Language> languages_from_json(const std::string& text) {
  std::vector<Language> out;
  for (const std::string& tag : strings_from_json(text)) {
    const std::optional<Language> language = kLanguageTags.parse(tag);
    if (!language) throw DatabaseError("unknown language '" + tag + "' stored");
    out.push_back(*language);
  }
  return out;
}

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
  for (std::size_t i = 0; i < p.translations.size(); ++i) {
    const ProcessText& t = p.translations[i];
    Statement(db, upsert("INSERT INTO process_texts (process_id, language, title, description,"
                         " position) VALUES (?,?,?,?,?)",
                         "(process_id, language) DO UPDATE SET title = excluded.title,"
                         " description = excluded.description, position = excluded.position"))
        .bind(p.id, language_tag(t.language), t.title, t.description, static_cast<std::int64_t>(i))
        .run();
  }
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
  Statement(db,
            "DELETE FROM process_texts WHERE process_id = ?"
            " AND language NOT IN (SELECT value FROM json_each(?))")
      .bind(p.id, keys_json(p.translations,
                            [](const ProcessText& t) { return language_tag(t.language); }))
      .run();
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

// Inserts or updates the municipality's districts by id, in their order.
void write_districts(Database& db, const Municipality& m) {
  for (std::size_t i = 0; i < m.districts.size(); ++i) {
    Statement(db,
              "INSERT INTO districts (id, municipality_id, name, position) VALUES (?,?,?,?)"
              " ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position")
        .bind(m.districts[i].id, m.id, m.districts[i].name, static_cast<std::int64_t>(i))
        .run();
  }
}

// Binds the columns of the processes row in the order add() and save() name them.
Statement& bind_row(Statement&& statement, const Process& p) {
  return statement.bind(p.title, p.description, kRungIds.id(p.rung),
                        kBallotFormatIds.id(p.ballot.format), p.ballot.max_approvals,
                        p.ballot.min_spend_percent, p.voting_closed, p.result_published,
                        counting::kRuleIds.id(p.counting_rule), p.eligibility.min_age,
                        p.eligibility.max_age, Json(p.eligibility.district_ids).dump(), p.id);
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
  p.counting_rule = row.enumeration<counting::Rule>(9, counting::kRuleIds);
  p.eligibility.min_age = static_cast<int>(row.integer(10));
  p.eligibility.max_age = static_cast<int>(row.integer(11));
  p.eligibility.district_ids = strings_from_json(row.text(12));

  Statement texts(db,
                  "SELECT language, title, description FROM process_texts WHERE process_id = ?"
                  " ORDER BY position");
  texts.bind(p.id);
  while (texts.step()) {
    p.translations.push_back(
        {texts.enumeration<Language>(0, kLanguageTags), texts.text(1), texts.text(2)});
  }

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
    Statement m(db_, "SELECT id, name, currency, languages FROM municipality");
    if (!m.step()) return std::nullopt;
    Municipality municipality{m.text(0), m.text(1), m.text(2), {}, languages_from_json(m.text(3))};
    Statement d(db_, "SELECT id, name FROM districts WHERE municipality_id = ? ORDER BY position");
    d.bind(municipality.id);
    while (d.step()) municipality.districts.push_back({d.text(0), d.text(1)});
    return municipality;
  });
}

Status SqliteStore::add_municipality(const Municipality& m) {
  return db_.write("processes.add_municipality", [&] {
    Statement(db_, "INSERT INTO municipality (id, name, currency, languages) VALUES (?,?,?,?)")
        .bind(m.id, m.name, m.currency, ids_json(m.languages, kLanguageTags).dump())
        .run();
    write_districts(db_, m);
  });
}

Status SqliteStore::save_municipality(const Municipality& m) {
  return db_.write("processes.save_municipality", [&] {
    Statement(db_, "UPDATE municipality SET name = ?, currency = ?, languages = ? WHERE id = ?")
        .bind(m.name, m.currency, ids_json(m.languages, kLanguageTags).dump(), m.id)
        .run();
    if (db_.changes() != 1) throw DatabaseError("no municipality '" + m.id + "' to save");
    write_districts(db_, m);
    Statement(db_,
              "DELETE FROM districts WHERE municipality_id = ?"
              " AND id NOT IN (SELECT value FROM json_each(?))")
        .bind(m.id, keys_json(m.districts, [](const District& d) { return d.id; }))
        .run();
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
                  " min_spend_percent, voting_closed, result_published, counting_rule, min_age,"
                  " max_age, eligible_districts, id, position)"
                  " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,"
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
                  " result_published = ?, counting_rule = ?, min_age = ?, max_age = ?,"
                  " eligible_districts = ? WHERE id = ?"),
        p)
        .run();
    if (db_.changes() != 1) throw DatabaseError("no process '" + p.id + "' to save");
    write_parts(db_, p, /*is_new=*/false);
  });
}

}  // namespace sammen::server::processes
