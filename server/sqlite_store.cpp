// SqliteStore. Inside this file a failed SQLite call throws SqliteError; every
// public method catches it at the boundary (locked()), rolls back an open
// transaction and returns ErrorCode::kStorageFailed. Nothing escapes as an
// exception.
#include "sqlite_store.h"

#include <sqlite3.h>

#include <cstdio>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "sammen/wire.h"
#include "sqlite_migrations.h"

namespace sammen::server {
namespace {

class SqliteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  throw SqliteError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

void exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw SqliteError(std::string("exec: ") + text);
  }
}

// One prepared statement; binds by 1-based index, reads columns 0-based.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) fail(db, sql);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text) {
    check(sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                            SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
  }
  // True while there is a row to read.
  bool step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, sqlite3_sql(stmt_));
  }
  void run() {
    while (step()) {
    }
  }
  std::string text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string();
  }
  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) fail(db_, "bind");
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() was reached.
class Transaction {
 public:
  explicit Transaction(sqlite3* db) : db_(db) { exec(db_, "BEGIN IMMEDIATE"); }
  ~Transaction() {
    if (!committed_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  void commit() {
    exec(db_, "COMMIT");
    committed_ = true;
  }

 private:
  sqlite3* db_;
  bool committed_ = false;
};

template <typename E, typename FromId>
E enum_column(const Statement& s, int column, FromId from_id, const char* what) {
  const std::optional<E> value = from_id(s.text(column));
  if (!value) throw SqliteError(std::string("unknown ") + what + " '" + s.text(column) + "'");
  return *value;
}

std::string ids_to_json(const std::vector<std::string>& ids) {
  return wire::Json(ids).dump();
}

std::vector<std::string> ids_from_json(const std::string& text) {
  const Result<wire::Json> json = wire::parse(text);
  std::vector<std::string> ids;
  if (!json.ok() || !json.value().is_array())
    throw SqliteError("stored proposal_ids are not a JSON array");
  for (const wire::Json& id : json.value()) {
    if (!id.is_string()) throw SqliteError("stored proposal id is not a string");
    ids.push_back(id.get<std::string>());
  }
  return ids;
}

void insert_process_parts(sqlite3* db, const Process& p) {
  for (std::size_t i = 0; i < p.phases.size(); ++i) {
    const Phase& ph = p.phases[i];
    Statement s(
        db,
        "INSERT INTO phases (process_id, position, kind, starts_at, ends_at) VALUES (?,?,?,?,?)");
    s.bind(1, p.id).bind(2, static_cast<std::int64_t>(i)).bind(3, phase_wire_id(ph.kind));
    s.bind(4, ph.starts_at).bind(5, ph.ends_at).run();
  }
  for (std::size_t i = 0; i < p.budgets.size(); ++i) {
    Statement s(db,
                "INSERT INTO budgets (process_id, district_id, budget, position) VALUES (?,?,?,?)");
    s.bind(1, p.id).bind(2, p.budgets[i].district_id).bind(3, p.budgets[i].budget);
    s.bind(4, static_cast<std::int64_t>(i)).run();
  }
  for (std::size_t i = 0; i < p.proposals.size(); ++i) {
    const Proposal& pr = p.proposals[i];
    Statement s(
        db,
        "INSERT INTO proposals (process_id, id, district_id, title, summary, cost, production,"
        " status, position) VALUES (?,?,?,?,?,?,?,?,?)");
    s.bind(1, p.id).bind(2, pr.id).bind(3, pr.district_id).bind(4, pr.title).bind(5, pr.summary);
    s.bind(6, pr.cost)
        .bind(7, production_wire_id(pr.production))
        .bind(8, status_wire_id(pr.status));
    s.bind(9, static_cast<std::int64_t>(i)).run();
  }
}

void write_process_row(sqlite3* db, const Process& p, std::int64_t position, bool insert) {
  const char* sql =
      insert ? "INSERT INTO processes (title, description, rung, ballot_format, max_approvals,"
               " min_spend_percent, voting_closed, result_published, position, id)"
               " VALUES (?,?,?,?,?,?,?,?,?,?)"
             : "UPDATE processes SET title=?, description=?, rung=?, ballot_format=?,"
               " max_approvals=?, min_spend_percent=?, voting_closed=?, result_published=?,"
               " position=COALESCE(?, position) WHERE id=?";
  Statement s(db, sql);
  s.bind(1, p.title).bind(2, p.description).bind(3, rung_wire_id(p.rung));
  s.bind(4, ballot_format_wire_id(p.ballot.format)).bind(5, std::int64_t{p.ballot.max_approvals});
  s.bind(6, std::int64_t{p.ballot.min_spend_percent}).bind(7, std::int64_t{p.voting_closed});
  s.bind(8, std::int64_t{p.result_published});
  if (insert) s.bind(9, position);  // UPDATE leaves ?9 NULL: keep the position
  s.bind(10, p.id).run();
  if (!insert && sqlite3_changes(db) != 1) throw SqliteError("no process '" + p.id + "' to save");
}

// Replaces phases, budgets and proposals of an existing process.
void save_process_in(sqlite3* db, const Process& p) {
  write_process_row(db, p, 0, /*insert=*/false);
  for (const char* table : {"proposals", "budgets", "phases"}) {
    Statement s(db, (std::string("DELETE FROM ") + table + " WHERE process_id = ?").c_str());
    s.bind(1, p.id).run();
  }
  insert_process_parts(db, p);
}

Process load_process_row(sqlite3* db, const Statement& row) {
  Process p;
  p.id = row.text(0);
  p.title = row.text(1);
  p.description = row.text(2);
  p.rung = enum_column<Rung>(row, 3, rung_from_wire_id, "rung");
  p.ballot.format = enum_column<BallotFormat>(row, 4, ballot_format_from_wire_id, "ballot format");
  p.ballot.max_approvals = static_cast<int>(row.integer(5));
  p.ballot.min_spend_percent = static_cast<int>(row.integer(6));
  p.voting_closed = row.integer(7) != 0;
  p.result_published = row.integer(8) != 0;

  Statement phases(
      db, "SELECT kind, starts_at, ends_at FROM phases WHERE process_id=? ORDER BY position");
  phases.bind(1, p.id);
  while (phases.step()) {
    p.phases.push_back({enum_column<PhaseKind>(phases, 0, phase_from_wire_id, "phase"),
                        phases.integer(1), phases.integer(2)});
  }
  Statement budgets(db,
                    "SELECT district_id, budget FROM budgets WHERE process_id=? ORDER BY position");
  budgets.bind(1, p.id);
  while (budgets.step()) p.budgets.push_back({budgets.text(0), budgets.integer(1)});
  Statement proposals(
      db,
      "SELECT id, district_id, title, summary, cost, production, status FROM proposals"
      " WHERE process_id=? ORDER BY position");
  proposals.bind(1, p.id);
  while (proposals.step()) {
    Proposal pr;
    pr.id = proposals.text(0);
    pr.district_id = proposals.text(1);
    pr.title = proposals.text(2);
    pr.summary = proposals.text(3);
    pr.cost = proposals.integer(4);
    pr.production =
        enum_column<ProductionForm>(proposals, 5, production_from_wire_id, "production form");
    pr.status = enum_column<ProposalStatus>(proposals, 6, status_from_wire_id, "proposal status");
    p.proposals.push_back(std::move(pr));
  }
  return p;
}

constexpr const char* kProcessColumns =
    "SELECT id, title, description, rung, ballot_format, max_approvals, min_spend_percent,"
    " voting_closed, result_published FROM processes";

int user_version(sqlite3* db) {
  Statement s(db, "PRAGMA user_version");
  return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

void migrate(sqlite3* db) {
  const auto migrations = sqlite_migrations();
  Transaction tx(db);
  const int version = user_version(db);
  if (version > static_cast<int>(migrations.size())) {
    throw SqliteError("the file has schema version " + std::to_string(version) +
                      ", newer than this server knows (" + std::to_string(migrations.size()) + ")");
  }
  for (std::size_t i = static_cast<std::size_t>(version); i < migrations.size(); ++i) {
    exec(db, migrations[i]);
    exec(db, ("PRAGMA user_version = " + std::to_string(i + 1)).c_str());
  }
  tx.commit();
}

Problem storage_failed(const char* what, const std::string& why) {
  std::fprintf(stderr, "sammen-server: storage failed (%s): %s\n", what, why.c_str());
  std::fflush(stderr);
  return Problem{ErrorCode::kStorageFailed, ""};
}

}  // namespace

template <typename F>
auto SqliteStore::locked(const char* what, F&& body) -> decltype(body()) {
  std::lock_guard<std::mutex> lock(mutex_);
  try {
    return body();
  } catch (const SqliteError& e) {
    return storage_failed(what, e.what());
  } catch (const std::bad_alloc&) {
    return storage_failed(what, "out of memory");
  }
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path,
                                                       int busy_timeout_ms) {
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    const std::string why = db ? sqlite3_errmsg(db) : "cannot allocate";
    sqlite3_close(db);
    return storage_failed("open", path + ": " + why);
  }
  std::unique_ptr<SqliteStore> store(new SqliteStore(db));
  try {
    sqlite3_busy_timeout(db, busy_timeout_ms);
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "PRAGMA synchronous = FULL");
    exec(db, "PRAGMA foreign_keys = ON");
    migrate(db);
  } catch (const SqliteError& e) {
    return storage_failed("open", path + ": " + e.what());
  }
  return store;
}

SqliteStore::~SqliteStore() {
  sqlite3_close(db_);
}

Result<int> SqliteStore::schema_version() {
  return locked("schema_version", [&]() -> Result<int> { return user_version(db_); });
}

Result<bool> SqliteStore::empty() {
  return locked("empty", [&]() -> Result<bool> {
    Statement s(db_, "SELECT COUNT(*) FROM municipality");
    return !s.step() || s.integer(0) == 0;
  });
}

Status SqliteStore::initialize(const InitialData& data) {
  return locked("initialize", [&]() -> Status {
    Transaction tx(db_);
    const Municipality& m = data.municipality;
    Statement(db_, "INSERT INTO municipality (id, name, currency) VALUES (?,?,?)")
        .bind(1, m.id)
        .bind(2, m.name)
        .bind(3, m.currency)
        .run();
    for (std::size_t i = 0; i < m.districts.size(); ++i) {
      Statement(db_, "INSERT INTO districts (id, municipality_id, name, position) VALUES (?,?,?,?)")
          .bind(1, m.districts[i].id)
          .bind(2, m.id)
          .bind(3, m.districts[i].name)
          .bind(4, static_cast<std::int64_t>(i))
          .run();
    }
    for (std::size_t i = 0; i < data.processes.size(); ++i) {
      write_process_row(db_, data.processes[i], static_cast<std::int64_t>(i), /*insert=*/true);
      insert_process_parts(db_, data.processes[i]);
    }
    for (const auto& [process_id, hash] : data.voters) {
      Statement(db_, "INSERT INTO voters (process_id, code_hash) VALUES (?,?)")
          .bind(1, process_id)
          .bind(2, hash)
          .run();
    }
    for (std::size_t i = 0; i < data.demo_codes.size(); ++i) {
      Statement(db_, "INSERT INTO demo_codes (process_id, code, position) VALUES (?,?,?)")
          .bind(1, data.demo_codes[i].first)
          .bind(2, data.demo_codes[i].second)
          .bind(3, static_cast<std::int64_t>(i))
          .run();
    }
    tx.commit();
    return Done{};
  });
}

Result<std::optional<Municipality>> SqliteStore::municipality() {
  return locked("municipality", [&]() -> Result<std::optional<Municipality>> {
    Statement s(db_, "SELECT id, name, currency FROM municipality LIMIT 1");
    if (!s.step()) return std::optional<Municipality>();
    Municipality m{s.text(0), s.text(1), s.text(2), {}};
    Statement d(db_, "SELECT id, name FROM districts WHERE municipality_id=? ORDER BY position");
    d.bind(1, m.id);
    while (d.step()) m.districts.push_back({d.text(0), d.text(1)});
    return std::optional<Municipality>(std::move(m));
  });
}

Result<std::vector<Process>> SqliteStore::processes() {
  return locked("processes", [&]() -> Result<std::vector<Process>> {
    std::vector<Process> out;
    Statement s(db_, (std::string(kProcessColumns) + " ORDER BY position, id").c_str());
    while (s.step()) out.push_back(load_process_row(db_, s));
    return out;
  });
}

Result<std::optional<Process>> SqliteStore::process(const std::string& process_id) {
  return locked("process", [&]() -> Result<std::optional<Process>> {
    Statement s(db_, (std::string(kProcessColumns) + " WHERE id=?").c_str());
    s.bind(1, process_id);
    if (!s.step()) return std::optional<Process>();
    return std::optional<Process>(load_process_row(db_, s));
  });
}

Status SqliteStore::save_process(const Process& process) {
  return locked("save_process", [&]() -> Status {
    Transaction tx(db_);
    save_process_in(db_, process);
    tx.commit();
    return Done{};
  });
}

Result<bool> SqliteStore::voter_on_roll(const std::string& process_id,
                                        const std::string& voter_hash) {
  return locked("voter_on_roll", [&]() -> Result<bool> {
    Statement s(db_, "SELECT 1 FROM voters WHERE process_id=? AND code_hash=?");
    s.bind(1, process_id).bind(2, voter_hash);
    return s.step();
  });
}

Result<wire::BallotReceipt> SqliteStore::put_ballot(const std::string& voter_hash,
                                                    const Ballot& ballot, UnixSeconds now) {
  return locked("put_ballot", [&]() -> Result<wire::BallotReceipt> {
    Transaction tx(db_);
    Statement existing(db_, "SELECT 1 FROM ballots WHERE process_id=? AND voter_hash=?");
    existing.bind(1, ballot.process_id).bind(2, voter_hash);
    const bool replaced = existing.step();
    Statement s(
        db_,
        "INSERT INTO ballots (process_id, voter_hash, district_id, proposal_ids, submitted_at)"
        " VALUES (?,?,?,?,?) ON CONFLICT (process_id, voter_hash) DO UPDATE SET"
        " district_id=excluded.district_id, proposal_ids=excluded.proposal_ids,"
        " submitted_at=excluded.submitted_at");
    s.bind(1, ballot.process_id).bind(2, voter_hash).bind(3, ballot.district_id);
    s.bind(4, ids_to_json(ballot.proposal_ids)).bind(5, now).run();
    tx.commit();
    return wire::BallotReceipt{replaced, ballot, now};
  });
}

Result<std::optional<StoredBallot>> SqliteStore::ballot_of(const std::string& process_id,
                                                           const std::string& voter_hash) {
  return locked("ballot_of", [&]() -> Result<std::optional<StoredBallot>> {
    Statement s(db_,
                "SELECT district_id, proposal_ids, submitted_at FROM ballots"
                " WHERE process_id=? AND voter_hash=?");
    s.bind(1, process_id).bind(2, voter_hash);
    if (!s.step()) return std::optional<StoredBallot>();
    return std::optional<StoredBallot>(
        StoredBallot{Ballot{process_id, s.text(0), ids_from_json(s.text(1))}, s.integer(2)});
  });
}

Result<std::vector<StoredBallot>> SqliteStore::ballots(const std::string& process_id) {
  return locked("ballots", [&]() -> Result<std::vector<StoredBallot>> {
    // Ordered by content, not by voter or time of arrival, so the list
    // reveals nothing about who voted when beyond the timestamps themselves.
    Statement s(db_,
                "SELECT district_id, proposal_ids, submitted_at FROM ballots WHERE process_id=?"
                " ORDER BY district_id, proposal_ids, submitted_at");
    s.bind(1, process_id);
    std::vector<StoredBallot> out;
    while (s.step())
      out.push_back({Ballot{process_id, s.text(0), ids_from_json(s.text(1))}, s.integer(2)});
    return out;
  });
}

Status SqliteStore::publish(const Process& process, const ProcessResult& result, UnixSeconds now) {
  return locked("publish", [&]() -> Status {
    // Stored language neutral: the explanations are written out again in the
    // reader's language when the result is read.
    const std::string json = wire::encode(result, process, Language::kEnglish, "NOK")
                                 .dump(-1, ' ', false, wire::Json::error_handler_t::replace);
    Transaction tx(db_);
    save_process_in(db_, process);
    Statement(db_, "INSERT INTO results (process_id, result, published_at) VALUES (?,?,?)")
        .bind(1, process.id)
        .bind(2, json)
        .bind(3, now)
        .run();
    tx.commit();
    return Done{};
  });
}

Result<std::optional<StoredResult>> SqliteStore::result(const std::string& process_id) {
  return locked("result", [&]() -> Result<std::optional<StoredResult>> {
    Statement s(db_, "SELECT result, published_at FROM results WHERE process_id=?");
    s.bind(1, process_id);
    if (!s.step()) return std::optional<StoredResult>();
    const Result<wire::Json> json = wire::parse(s.text(0));
    if (!json.ok()) throw SqliteError("stored result is not JSON");
    Result<ProcessResult> decoded = wire::decode_result(json.value());
    if (!decoded.ok()) throw SqliteError("stored result does not decode");
    return std::optional<StoredResult>(StoredResult{std::move(decoded).value(), s.integer(1)});
  });
}

Result<std::optional<std::string>> SqliteStore::setting(const std::string& key) {
  return locked("setting", [&]() -> Result<std::optional<std::string>> {
    Statement s(db_, "SELECT value FROM settings WHERE key=?");
    s.bind(1, key);
    if (!s.step()) return std::optional<std::string>();
    return std::optional<std::string>(s.text(0));
  });
}

Status SqliteStore::set_setting(const std::string& key, const std::string& value) {
  return locked("set_setting", [&]() -> Status {
    Statement(db_,
              "INSERT INTO settings (key, value) VALUES (?,?) ON CONFLICT (key) DO UPDATE SET "
              "value=excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
    return Done{};
  });
}

Result<std::optional<wire::DemoCodes>> SqliteStore::demo_codes() {
  return locked("demo_codes", [&]() -> Result<std::optional<wire::DemoCodes>> {
    Statement s(db_, "SELECT process_id, code FROM demo_codes ORDER BY process_id, position");
    wire::DemoCodes demo;
    while (s.step()) {
      if (demo.process_id.empty()) demo.process_id = s.text(0);
      if (s.text(0) == demo.process_id) demo.voter_codes.push_back(s.text(1));
    }
    if (demo.voter_codes.empty()) return std::optional<wire::DemoCodes>();
    return std::optional<wire::DemoCodes>(std::move(demo));
  });
}

}  // namespace sammen::server
