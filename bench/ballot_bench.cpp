// ballot_bench: ballots per second through the real server, next to a bare
// SQLite loop writing rows of the same size on the same disk in the same run.
//
//   sammen-ballot-bench [--seconds S] [--clients 1,16,64] [--dir DIR] [--server BINARY]
//
// (--server: another build's sammen-server, to compare; by default this build's.)
// Starts sammen-server (the demo: its 40 voter codes, an open vote) on a
// fresh SQLite file in DIR (default: a folder under the current one, so on
// the disk the server would use, never a tmpfs). Before anything is timed,
// each demo code gets its one-time credential as a browser gets it (blind a
// random token, POST .../credentials, verify the proof, unblind: the
// receipt). Then for each number of clients it runs that many threads for S
// seconds (default 5), each with one keep-alive connection (TCP_NODELAY, as
// browsers) casting ballots with a receipt one after the other: what is timed
// is the ballot a resident casts or changes (the receipt checked with the
// process's key, the ballot group-committed under its mark). Client i uses
// the receipt of demo code i mod 40, so most ballots replace an earlier one,
// as a voter who changes their mind does; each ballot differs from the one
// before, so every one is written. Counts the 2xx answers and the time each
// took. A server without credentials (an older build, --server) is sent the
// voter codes instead, as before.
// The baseline is a single thread upserting the same rows (process, 64-hex
// mark, district, proposal ids) into a table of the same shape (WITHOUT
// ROWID), WAL, synchronous=FULL, one transaction per row. Prints ballots/s,
// p50 and p99 per number of clients, and the ratio of each to the bare loop.
#include <httplib.h>
#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "sammen/credentials/bytes.h"
#include "sammen/credentials/receipt.h"
#include "sammen/credentials/voprf.h"
#include "server_process.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr const char* kAdminToken = "bench-admin-token-0123456789abcdefghij";
constexpr const char* kProcess = "/api/v1/processes/innbyggerbudsjett-2027";
const std::string kBallots = std::string(kProcess) + "/ballots";

// What a client casts its ballots with: a receipt, or (a server without
// credentials) a voter code.
struct Credential {
  std::string field;  // "receipt" or "voter_code"
  std::string value;
};

struct Figures {
  double per_second = 0;
  double p50_ms = 0;
  double p99_ms = 0;
  long errors = 0;
};

double percentile(std::vector<double>& ms, double p) {
  if (ms.empty()) return 0;
  std::sort(ms.begin(), ms.end());
  const auto at = static_cast<std::size_t>(p * static_cast<double>(ms.size() - 1));
  return ms[at];
}

// Two ballots of the same size, sent in turn, so every write changes the
// row (SQLite skips writing a row that stays the same, and with it the fsync).
std::string ballot(const Credential& credential, int turn) {
  return nlohmann::json{{"version", 1},
                        {credential.field, credential.value},
                        {"district_id", "stranda"},
                        {"proposal_ids", {turn % 2 == 0 ? "kajakkbod" : "badebrygge"}}}
      .dump();
}

// The receipt of `code`'s one-time credential, got as the browser gets it;
// nothing when the server refused or its proof did not verify.
std::optional<std::string> receipt_of(httplib::Client& client, const nlohmann::json& keys,
                                      const std::string& code) {
  namespace vo = sammen::credentials;
  std::array<unsigned char, vo::kTokenBytes> token{};
  randombytes_buf(token.data(), token.size());
  std::array<unsigned char, 64> wide{};
  randombytes_buf(wide.data(), wide.size());
  const std::optional<vo::Scalar> blind = vo::scalar_from_random(wide);
  const std::optional<vo::Element> blinded = blind ? vo::blind(token, *blind) : std::nullopt;
  if (!blinded) return std::nullopt;
  const httplib::Result r =
      client.Post(std::string(kProcess) + "/credentials",
                  nlohmann::json{{"version", 1},
                                 {"voter_code", code},
                                 {"district_id", "stranda"},
                                 {"blinded_element", vo::to_hex(blinded->bytes)}}
                      .dump(),
                  "application/json");
  if (!r || r->status != 201) {
    std::fprintf(stderr, "  no credential: %s\n",
                 r ? (std::to_string(r->status) + " " + r->body).c_str()
                   : httplib::to_string(r.error()).c_str());
    return std::nullopt;
  }
  const nlohmann::json issued = nlohmann::json::parse(r->body, nullptr, false);
  if (!issued.is_object()) return std::nullopt;
  std::string public_key;
  for (const nlohmann::json& key : keys["keys"])
    if (key["district_id"] == issued["key_district_id"]) public_key = key["public_key"];
  const std::optional<vo::Bytes> key_bytes = vo::from_hex(public_key);
  const std::optional<vo::Bytes> evaluated = vo::from_hex(issued.value("evaluated_element", ""));
  const std::optional<vo::Bytes> proof = vo::from_hex(issued.value("proof", ""));
  if (!key_bytes || !evaluated || !proof) return std::nullopt;
  const std::optional<vo::Element> key_element = vo::element_from_bytes(*key_bytes);
  const std::optional<vo::Element> evaluated_element = vo::element_from_bytes(*evaluated);
  const std::optional<vo::Proof> proof_value = vo::proof_from_bytes(*proof);
  if (!key_element || !evaluated_element || !proof_value) return std::nullopt;
  const std::optional<vo::Output> output =
      vo::finalize(token, *blind, *evaluated_element, *blinded, *key_element, *proof_value);
  if (!output) return std::nullopt;
  return vo::receipt_text(vo::make_receipt(token, *output));
}

// What each demo code casts with: its receipt, or its code when the server
// has no credentials; nothing when a credential could not be had.
std::optional<std::vector<Credential>> credentials_of(int port,
                                                      const std::vector<std::string>& codes) {
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  const httplib::Result keys_answer = client.Get(std::string(kProcess) + "/credentials/keys");
  std::vector<Credential> out;
  if (keys_answer && keys_answer->status == 404) {
    std::printf("  the server has no credentials: ballots are cast with voter codes\n");
    for (const std::string& code : codes) out.push_back({"voter_code", code});
    return out;
  }
  if (!keys_answer || keys_answer->status != 200) return std::nullopt;
  const nlohmann::json keys = nlohmann::json::parse(keys_answer->body, nullptr, false);
  if (!keys.is_object() || !keys.contains("keys")) return std::nullopt;
  const Clock::time_point start = Clock::now();
  for (const std::string& code : codes) {
    const std::optional<std::string> receipt = receipt_of(client, keys, code);
    if (!receipt) return std::nullopt;
    out.push_back({"receipt", *receipt});
  }
  const double took = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("  %zu credentials issued blindly, one after the other: %.0f a second\n", out.size(),
              static_cast<double>(out.size()) / took);
  return out;
}

// `clients` threads casting ballots for `seconds`.
Figures over_loopback(int port, const std::vector<Credential>& credentials, int clients,
                      double seconds) {
  std::vector<std::vector<double>> latencies(static_cast<std::size_t>(clients));
  std::atomic<long> errors = 0;
  const Clock::time_point start = Clock::now();
  const Clock::time_point end =
      start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);  // as browsers do: the body does not wait for Nagle
      client.set_read_timeout(std::chrono::seconds(30));
      const Credential& credential = credentials[static_cast<std::size_t>(c) % credentials.size()];
      const std::string bodies[] = {ballot(credential, 0), ballot(credential, 1)};
      std::vector<double>& mine = latencies[static_cast<std::size_t>(c)];
      for (int turn = 0; Clock::now() < end; ++turn) {
        const std::string& body = bodies[turn % 2];
        const Clock::time_point sent = Clock::now();
        const httplib::Result r = client.Post(kBallots, body, "application/json");
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - sent).count();
        if (r && (r->status == 200 || r->status == 201)) {
          mine.push_back(ms);
        } else {
          ++errors;
          if (errors == 1)
            std::fprintf(stderr, "  first error: %s\n",
                         r ? (std::to_string(r->status) + " " + r->body).c_str()
                           : httplib::to_string(r.error()).c_str());
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  const double took = std::chrono::duration<double>(Clock::now() - start).count();
  std::vector<double> all;
  for (const auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  Figures f;
  f.per_second = static_cast<double>(all.size()) / took;
  f.p50_ms = percentile(all, 0.50);
  f.p99_ms = percentile(all, 0.99);
  f.errors = errors;
  return f;
}

// The bare loop: rows like the server's, one transaction each, for `seconds`.
Figures bare_loop(const std::string& path, double seconds) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) std::exit(1);
  sqlite3_exec(db,
               "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
               "CREATE TABLE ballots (process_id TEXT NOT NULL, mark TEXT NOT NULL,"
               " district_id TEXT NOT NULL, proposal_ids TEXT NOT NULL,"
               " PRIMARY KEY (process_id, mark)) WITHOUT ROWID;",
               nullptr, nullptr, nullptr);
  sqlite3_stmt* upsert = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO ballots (process_id, mark, district_id, proposal_ids)"
                     " VALUES (?,?,?,?) ON CONFLICT (process_id, mark)"
                     " DO UPDATE SET district_id = excluded.district_id,"
                     " proposal_ids = excluded.proposal_ids",
                     -1, &upsert, nullptr);
  std::vector<double> ms;
  const Clock::time_point start = Clock::now();
  const Clock::time_point end =
      start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
  for (long i = 0; Clock::now() < end; ++i) {
    char hash[65];
    std::snprintf(hash, sizeof hash, "%064ld", i % 40);
    const Clock::time_point begun = Clock::now();
    sqlite3_reset(upsert);
    sqlite3_bind_text(upsert, 1, "innbyggerbudsjett-2027", -1, SQLITE_STATIC);
    sqlite3_bind_text(upsert, 2, hash, 64, SQLITE_TRANSIENT);
    sqlite3_bind_text(upsert, 3, "stranda", -1, SQLITE_STATIC);
    // Each mark's row differs from its one before (i / 40 alternates), so
    // every upsert is written: SQLite skips an unchanged row, and its fsync.
    sqlite3_bind_text(upsert, 4, (i / 40) % 2 == 0 ? "[\"kajakkbod\"]" : "[\"badebrygge\"]", -1,
                      SQLITE_STATIC);
    if (sqlite3_step(upsert) != SQLITE_DONE) std::exit(1);  // autocommit: one transaction
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begun).count());
  }
  const double took = std::chrono::duration<double>(Clock::now() - start).count();
  sqlite3_finalize(upsert);
  sqlite3_close(db);
  Figures f;
  f.per_second = static_cast<double>(ms.size()) / took;
  f.p50_ms = percentile(ms, 0.50);
  f.p99_ms = percentile(ms, 0.99);
  return f;
}

std::vector<int> parse_counts(const char* text) {
  std::vector<int> counts;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ','))
    if (std::atoi(item.c_str()) > 0) counts.push_back(std::atoi(item.c_str()));
  return counts;
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 5;
  std::vector<int> counts = {1, 16, 64};
  std::string dir;
  std::string binary = SAMMEN_SERVER_BINARY;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--server") == 0) binary = argv[i + 1];
    if (std::strcmp(argv[i], "--seconds") == 0) seconds = std::atof(argv[i + 1]);
    if (std::strcmp(argv[i], "--clients") == 0) counts = parse_counts(argv[i + 1]);
    if (std::strcmp(argv[i], "--dir") == 0) dir = argv[i + 1];
  }
  if (sodium_init() < 0) return 1;
  const bool own_dir = dir.empty();
  if (own_dir) {
    std::string pattern = (std::filesystem::current_path() / "sammen-ballot-bench-XXXXXX");
    if (mkdtemp(pattern.data()) == nullptr) return 1;
    dir = pattern;
  }
  std::printf(
      "sammen-ballot-bench: ballots over loopback, %.0f s per run, SQLite in %s\n"
      "  server: %s\n",
      seconds, dir.c_str(), binary.c_str());

  const Figures bare = bare_loop(dir + "/bare.sqlite", seconds);
  std::printf(
      "bare SQLite loop (WAL, synchronous=FULL, one transaction per row): %.0f rows/s, "
      "p50 %.2f ms, p99 %.2f ms\n",
      bare.per_second, bare.p50_ms, bare.p99_ms);

  sammen::testing::ServerProcess server(binary);
  if (!server.start({"--db", dir + "/server.sqlite", "--admin-token", kAdminToken})) {
    std::printf("the server did not start:\n%s%s\n", server.output().c_str(),
                server.errors().c_str());
    return 1;
  }
  httplib::Client client("127.0.0.1", server.port());
  const httplib::Result demo = client.Get("/api/v1/demo");
  const nlohmann::json codes_json =
      demo ? nlohmann::json::parse(demo->body, nullptr, false) : nlohmann::json();
  if (!codes_json.is_object() || !codes_json.contains("voter_codes")) {
    std::printf("no demo voter codes\n");
    return 1;
  }
  const auto codes = codes_json["voter_codes"].get<std::vector<std::string>>();
  const std::optional<std::vector<Credential>> credentials = credentials_of(server.port(), codes);
  if (!credentials) {
    std::printf("the demo codes got no credentials\n");
    return 1;
  }

  int status = 0;
  std::printf("%8s %11s %8s %8s %7s %14s\n", "clients", "ballots/s", "p50 ms", "p99 ms", "errors",
              "ratio to bare");
  for (const int clients : counts) {
    const Figures f = over_loopback(server.port(), *credentials, clients, seconds);
    std::printf("%8d %11.0f %8.2f %8.2f %7ld %14.2f\n", clients, f.per_second, f.p50_ms, f.p99_ms,
                f.errors, f.per_second / bare.per_second);
    std::fflush(stdout);
    if (f.errors > 0) status = 1;
  }
  server.stop();
  if (own_dir) std::filesystem::remove_all(dir);
  return status;
}
