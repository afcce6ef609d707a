// roll_bench: importing a municipality-sized voter roll, through the real
// use case into a real SQLite file, next to a bare SQLite loop inserting the
// same rows in the same run.
//
//   sammen-roll-bench [--lines N] [--dir DIR]     (default 500000 lines, a temp folder)
//
// The file has N people (semicolon CSV, Nordic names and date forms) in two
// districts. The import (rolls::import_roll: read and check every line,
// select by eligibility, draw and hash a code per person, replace the roll,
// record the import and the audit entry, make the letters) runs on a file
// migrated like the server's (WAL, synchronous=FULL). The baseline inserts
// the same number of (process, code hash, district) rows with one prepared
// statement in one transaction into a table of the same shape, on the same
// disk. Each runs in a child process of its own, so each peak memory (the
// child's largest resident set) is its own. Prints lines per second, the
// peak memory, and the ratio of the import's speed to the baseline's.
#include <sqlite3.h>
#include <sodium.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>

#include "audit/feature.h"
#include "audit/sqlite_store.h"
#include "ballots/feature.h"
#include "ballots/sqlite_store.h"
#include "core/secrets.h"
#include "core/settings.h"
#include "credentials/feature.h"
#include "credentials/sqlite_store.h"
#include "people/feature.h"
#include "processes/feature.h"
#include "processes/sqlite_store.h"
#include "results/feature.h"
#include "rolls/feature.h"
#include "rolls/sqlite_store.h"
#include "rolls/use_cases.h"
#include "sammen/core/error_table.h"

namespace {

using namespace sammen;
using namespace sammen::server;
using Clock = std::chrono::steady_clock;

constexpr UnixSeconds kNow = 1'800'000'000;  // 2027-01-15
constexpr const char* kProcess = "budsjett";

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double peak_megabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1e3;  // KB on Linux
}

// N people, as a municipality's export would list them.
std::string roll_file(int lines) {
  static const char* first[] = {"Kari", "Ola", "Åse", "Per", "Ingrid", "Jørgen", "Sofie", "Mads"};
  static const char* last[] = {"Nordmann", "Hansen", "Bråten", "Olsen", "Søreide", "Lie"};
  std::string file = "Navn;Adresse;Fødselsdato;Bydel\r\n";
  file.reserve(static_cast<std::size_t>(lines) * 56);
  for (int i = 0; i < lines; ++i) {
    file += std::string(first[i % 8]) + " " + last[(i / 8) % 6] + " " + std::to_string(i) +
            ";Storgata " + std::to_string(i % 997) + ", 3015 Fjordby;";
    const int day = 1 + i % 28, month = 1 + (i / 28) % 12, year = 1930 + i % 80;
    file += i % 3 == 0 ? std::to_string(year)
                       : std::to_string(day) + "." + (month < 10 ? "0" : "") +
                             std::to_string(month) + "." + std::to_string(year);
    file += i % 2 == 0 ? ";Nord\r\n" : ";Sør\r\n";
  }
  return file;
}

std::unique_ptr<Database> open_migrated(const std::string& path) {
  Result<std::unique_ptr<Database>> db = Database::open(path);
  if (!db.ok()) std::exit(1);
  std::vector<Schema> schemas = {core_schema()};
  for (const Feature& f : {processes::feature(), ballots::feature(), credentials::feature(),
                           results::feature(),
                           people::feature(), audit::feature(), rolls::feature()})
    schemas.push_back({f.name, f.migrations});
  if (!db.value()->migrate(schemas).ok()) std::exit(1);
  return std::move(db).value();
}

// The import through the use case; prints its figures.
void import_run(const std::string& dir, int lines) {
  const std::string file = roll_file(lines);
  std::unique_ptr<Database> db = open_migrated(dir + "/import.sqlite");
  processes::SqliteStore processes(*db);
  ballots::SqliteStore ballots(*db);
  rolls::SqliteStore rolls(*db);
  audit::SqliteStore audit(*db);
  credentials::SqliteStore credentials(*db);
  Process process;
  process.id = kProcess;
  process.title = "Innbyggerbudsjett";
  process.phases = {{PhaseKind::kVoting, kNow + 86'400, kNow + 30 * 86'400}};
  process.budgets = {{"nord", kroner(1'000'000)}, {"sor", kroner(1'000'000)}};
  if (!processes.add_municipality({"fjordby", "Fjordby", "NOK", {{"nord", "Nord"}, {"sor", "Sør"}}})
           .ok() ||
      !processes.add(process).ok()) {
    std::exit(1);
  }
  SqliteSettings settings(*db);
  const Result<auth::VoterCodeHasher> hasher = auth::load_voter_code_hasher(settings);
  VotingGate voting;
  rolls::Stores stores{processes, ballots, credentials, rolls, audit, *db, voting, hasher.value()};
  const double before = peak_megabytes();
  auth::RandomDraws draws;
  const Clock::time_point start = Clock::now();
  const Result<RollImported> imported =
      rolls::import_roll(stores, installation_actor(), kProcess, file, kNow, std::ref(draws));
  const double took = seconds_since(start);
  if (!imported.ok()) {
    std::printf("import failed: %s\n", sentence(imported.first_problem(), Language::kEnglish).c_str());
    std::exit(1);
  }
  std::printf("import (use case): %d lines, %.0f KB file, %lld codes, %.2f s, %.0f lines/s\n",
              lines, static_cast<double>(file.size()) / 1e3,
              static_cast<long long>(imported.value().summary.voters), took, lines / took);
  std::printf("  peak memory %.0f MB (%.0f MB before the import: the program and the file)\n",
              peak_megabytes(), before);
  std::printf("SECONDS %.6f\n", took);
}

// The same number of rows inserted straight into SQLite.
void bare_run(const std::string& dir, int lines) {
  sqlite3* db = nullptr;
  sqlite3_open((dir + "/bare.sqlite").c_str(), &db);
  sqlite3_exec(db,
               "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
               "CREATE TABLE voters (process_id TEXT NOT NULL, code_hash TEXT NOT NULL,"
               " district_id TEXT, paper_at INTEGER, PRIMARY KEY (process_id, code_hash))"
               " WITHOUT ROWID;",
               nullptr, nullptr, nullptr);
  std::vector<std::string> hashes;
  hashes.reserve(static_cast<std::size_t>(lines));
  for (int i = 0; i < lines; ++i) {
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    hashes.emplace_back(hex);
  }
  const Clock::time_point start = Clock::now();
  sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO voters (process_id, code_hash, district_id) VALUES (?,?,?)",
                     -1, &insert, nullptr);
  for (int i = 0; i < lines; ++i) {
    sqlite3_reset(insert);
    sqlite3_bind_text(insert, 1, kProcess, -1, SQLITE_STATIC);
    sqlite3_bind_text(insert, 2, hashes[static_cast<std::size_t>(i)].c_str(), 64, SQLITE_STATIC);
    sqlite3_bind_text(insert, 3, i % 2 == 0 ? "nord" : "sor", -1, SQLITE_STATIC);
    if (sqlite3_step(insert) != SQLITE_DONE) std::exit(1);
  }
  sqlite3_finalize(insert);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  const double took = seconds_since(start);
  sqlite3_close(db);
  std::printf("baseline (bare SQLite insert loop, one transaction): %d rows, %.2f s, %.0f rows/s\n",
              lines, took, lines / took);
  std::printf("  peak memory %.0f MB\n", peak_megabytes());
  std::printf("SECONDS %.6f\n", took);
}

// Runs `body` in a child process; what it printed, or nothing when it failed.
std::string in_child(const std::function<void()>& body) {
  int out[2];
  if (pipe(out) != 0) return "";
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    body();
    std::fflush(stdout);
    _exit(0);
  }
  close(out[1]);
  std::string text;
  char buffer[4096];
  ssize_t n;
  while ((n = read(out[0], buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
  close(out[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? text : "";
}

// The text without its SECONDS line, and that line's number.
double split_seconds(std::string& text) {
  const std::size_t at = text.find("SECONDS ");
  if (at == std::string::npos) return 0;
  const double s = std::atof(text.c_str() + at + 8);
  text.erase(at);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  int lines = 500'000;
  std::string dir;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--lines") == 0) lines = std::atoi(argv[i + 1]);
    if (std::strcmp(argv[i], "--dir") == 0) dir = argv[i + 1];
  }
  if (sodium_init() < 0) return 1;
  const bool own_dir = dir.empty();
  if (own_dir) {
    std::string pattern = (std::filesystem::temp_directory_path() / "sammen-roll-bench-XXXXXX");
    if (mkdtemp(pattern.data()) == nullptr) return 1;
    dir = pattern;
  }
  std::printf("sammen-roll-bench: a %d-line voter roll, native, SQLite WAL synchronous=FULL in %s\n",
              lines, dir.c_str());
  std::string bare = in_child([&] { bare_run(dir, lines); });
  std::string import = in_child([&] { import_run(dir, lines); });
  if (own_dir) std::filesystem::remove_all(dir);
  const double bare_s = split_seconds(bare), import_s = split_seconds(import);
  std::fputs(bare.c_str(), stdout);
  std::fputs(import.c_str(), stdout);
  if (bare_s <= 0 || import_s <= 0) {
    std::printf("a run failed\n");
    return 1;
  }
  std::printf("ratio: the import runs at %.2f of the bare loop's speed (%.1fx its time)\n",
              bare_s / import_s, import_s / bare_s);
  return 0;
}
