// The secret ballot, attacked: 200 voters vote through the real server,
// each with a credential issued blindly; then everything the municipality
// or whoever holds the machine has (the database file and its write-ahead
// log, the server's keys in it, the letters with every code and name, and
// the server's log) is searched for a link from a ballot to a person. Every
// attack that could find one (shared rows, row ids, the order of rows and
// of bytes in the files, the log) must do no better than chance: pairing by
// any order a random permutation of 200 gets about one right, and 8 or more
// with a probability below 1e-5. The same attacks are shown to find every
// link when given the true order, so they can fail.
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "core/auth.h"
#include "core/database.h"
#include "core/settings.h"
#include "credential_client.h"
#include "fjordby_fixture.h"

namespace sammen::testing {
namespace {

constexpr std::size_t kVoters = 200;
constexpr std::size_t kChance = 8;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// What an attacker holds: a copy of the database file and its log.
struct Snapshot {
  std::string db;
  std::string wal;
  std::string dir;
};

Snapshot take_snapshot(const std::string& db, const std::string& dir) {
  std::filesystem::create_directories(dir);
  const std::string copy = dir + "/sammen.sqlite";
  std::filesystem::copy_file(db, copy, std::filesystem::copy_options::overwrite_existing);
  if (std::filesystem::exists(db + "-wal")) {
    std::filesystem::copy_file(db + "-wal", copy + "-wal",
                               std::filesystem::copy_options::overwrite_existing);
  }
  return {read_file(copy), read_file(copy + "-wal"), dir};
}

// How many of `people` (in some order) paired with `ballots` (in some
// order), k-th with k-th, are the true pairs of `truth` (person -> ballot).
std::size_t right_pairs(const std::vector<std::string>& people,
                        const std::vector<std::string>& ballots,
                        const std::map<std::string, std::string>& truth) {
  std::size_t right = 0;
  for (std::size_t k = 0; k < people.size() && k < ballots.size(); ++k) {
    const auto it = truth.find(people[k]);
    if (it != truth.end() && it->second == ballots[k]) ++right;
  }
  return right;
}

// `keys` ordered by where `text` first (or last) holds each of them.
std::vector<std::string> by_offset(const std::string& text, const std::vector<std::string>& keys,
                                   bool last) {
  std::vector<std::pair<std::size_t, std::string>> found;
  for (const std::string& key : keys) {
    const std::size_t at = last ? text.rfind(key) : text.find(key);
    if (at != std::string::npos) found.emplace_back(at, key);
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (const auto& [at, key] : found) out.push_back(key);
  return out;
}

// Every row of every table, as the text of its columns.
std::vector<std::string> all_rows(const std::string& path) {
  sqlite3* db = nullptr;
  std::vector<std::string> rows;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) return rows;
  std::vector<std::string> tables;
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &s, nullptr);
  while (sqlite3_step(s) == SQLITE_ROW)
    tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
  sqlite3_finalize(s);
  for (const std::string& table : tables) {
    sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\"").c_str(), -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) {
      std::string row;
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        const unsigned char* text = sqlite3_column_text(s, c);
        row += (text ? reinterpret_cast<const char*>(text) : "") + std::string("|");
      }
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  return rows;
}

std::vector<std::string> column_of(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::string> out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) return out;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK) {
    while (sqlite3_step(s) == SQLITE_ROW)
      out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

class Secrecy : public FjordbyTest {
 protected:
  const std::string process = kFjordbyProcess;

  httplib::Result cast(const std::string& receipt, const std::string& district,
                       const std::string& proposal) {
    const Json j = {{"version", 1},
                    {"receipt", receipt},
                    {"district_id", district},
                    {"proposal_ids", {proposal}}};
    return post(process + "/ballots", j.dump());
  }

  // The truth the attacker is after, and what it must not find.
  struct Vote {
    std::string code;
    std::string code_hash;
    std::string receipt;
    std::string mark;
  };

  // Every attack on one snapshot of the files and the log.
  void attack(const Snapshot& s, const std::vector<Vote>& votes, const std::string& log) {
    // The server's key is in the file: hash every code of the letters.
    std::map<std::string, std::string> truth;  // code hash -> mark
    std::vector<std::string> hashes, marks, in_issuing_order, in_ballot_order;
    for (const Vote& v : votes) {
      truth[v.code_hash] = v.mark;
      hashes.push_back(v.code_hash);
      marks.push_back(v.mark);
    }
    const std::string file = s.dir + "/sammen.sqlite";

    // The attacks can find a link when there is one: the true orders pair all.
    for (const Vote& v : votes) {
      in_issuing_order.push_back(v.code_hash);
      in_ballot_order.push_back(v.mark);
    }
    ASSERT_EQ(right_pairs(in_issuing_order, in_ballot_order, truth), votes.size());

    // 1. No row anywhere holds a code hash and a mark together; no ballot
    //    and no record of issuing holds a time.
    for (const std::string& row : all_rows(file)) {
      const bool person = std::any_of(hashes.begin(), hashes.end(), [&](const std::string& h) {
        return row.find(h) != row.npos;
      });
      const bool ballot = std::any_of(marks.begin(), marks.end(), [&](const std::string& m) {
        return row.find(m) != row.npos;
      });
      EXPECT_FALSE(person && ballot) << row;
    }
    EXPECT_EQ(column_of(file, "SELECT name FROM pragma_table_info('ballots') ORDER BY name"),
              (std::vector<std::string>{"district_id", "mark", "process_id", "proposal_ids"}));
    EXPECT_EQ(
        column_of(file, "SELECT name FROM pragma_table_info('credential_roll') ORDER BY name"),
        (std::vector<std::string>{"blinded", "code_hash", "process_id"}));

    // 2. Row ids and the order rows are read in.
    const std::vector<std::string> roll_by_rowid =
        column_of(file, "SELECT code_hash FROM credential_roll ORDER BY rowid");
    const std::vector<std::string> issued_by_rowid =
        column_of(file, "SELECT code_hash FROM credential_roll WHERE blinded <> '" +
                            std::string(64, '0') + "' ORDER BY rowid");
    const std::vector<std::string> ballots_as_stored = column_of(file, "SELECT mark FROM ballots");
    ASSERT_EQ(ballots_as_stored.size(), votes.size());
    ASSERT_EQ(issued_by_rowid.size(), votes.size());
    EXPECT_LT(right_pairs(issued_by_rowid, ballots_as_stored, truth), kChance);
    EXPECT_LT(right_pairs(roll_by_rowid, ballots_as_stored, truth), kChance);

    // 3. Where the bytes are: in the file, and in its write-ahead log.
    for (const std::string* bytes : {&s.db, &s.wal}) {
      for (bool last : {false, true}) {
        const std::vector<std::string> people = by_offset(*bytes, hashes, last);
        const std::vector<std::string> ballots = by_offset(*bytes, marks, last);
        EXPECT_LT(right_pairs(people, ballots, truth), kChance);
      }
    }
    // The log of writes keeps no record of issuing at all.
    for (const std::string& h : hashes) EXPECT_EQ(s.wal.find(h), std::string::npos);

    // 4. The receipts are the residents' alone: in no file and no log.
    for (const Vote& v : votes) {
      EXPECT_EQ(s.db.find(v.receipt), std::string::npos);
      EXPECT_EQ(s.wal.find(v.receipt), std::string::npos);
      EXPECT_EQ(log.find(v.receipt), std::string::npos);
      // 5. The log names no code, code hash or ballot.
      EXPECT_EQ(log.find(v.code), std::string::npos);
      EXPECT_EQ(log.find(v.code_hash), std::string::npos);
      EXPECT_EQ(log.find(v.mark), std::string::npos);
    }
  }
};

TEST_F(Secrecy, TwoHundredVotersCannotBeLinkedToTheirBallots) {
  const httplib::Result imported =
      client().Post(process + "/roll", admin(), roll_file(kVoters), "text/csv");
  ASSERT_EQ(imported->status, 201) << imported->body;
  const Json letters = body(imported)["letters"];
  ASSERT_EQ(letters.size(), kVoters);
  ASSERT_EQ(post(process + "/open", "", admin())->status, 200);

  std::mt19937 random(2027);
  std::vector<Vote> votes;
  Snapshot middle;
  httplib::Client http = client();
  for (std::size_t i = 0; i < kVoters; ++i) {
    const std::string code = letters[i]["code"];
    const std::string district = letters[i]["district"] == "Nord" ? "nord" : "sor";
    const IssuedCredential c = blind_credential(http, process, code, district);
    ASSERT_EQ(c.status, 201) << c.body;
    ASSERT_FALSE(c.receipt.empty());
    const std::string proposal = district == "nord" ? "p" + std::to_string(1 + random() % 3)
                                                    : "p" + std::to_string(4 + random() % 2);
    const httplib::Result cast_ballot = cast(c.receipt, district, proposal);
    ASSERT_EQ(cast_ballot->status, 201) << cast_ballot->body;
    votes.push_back({code, "", c.receipt, c.mark});
    if (i == kVoters / 2) middle = take_snapshot(db(), dir_.file("middle"));
  }

  // A voter replaces their ballot with the receipt; a second credential for
  // the same code is refused.
  const std::string first_district = letters[0]["district"] == "Nord" ? "nord" : "sor";
  const httplib::Result replaced =
      cast(votes[0].receipt, first_district, first_district == "nord" ? "p3" : "p5");
  ASSERT_EQ(replaced->status, 200) << replaced->body;
  EXPECT_EQ(body(replaced)["replaced"], true);
  const IssuedCredential second = blind_credential(http, process, votes[0].code, first_district);
  EXPECT_EQ(second.status, 409);
  EXPECT_TRUE(second.receipt.empty());

  ASSERT_EQ(post(process + "/close", "", admin())->status, 200);
  ASSERT_EQ(post(process + "/publish", "", admin())->status, 200);
  const Snapshot end = take_snapshot(db(), dir_.file("end"));
  const std::string log = server_.output() + server_.errors();

  // The attacker's key: the voter-code key in the settings of the copy.
  std::filesystem::copy_file(end.dir + "/sammen.sqlite", end.dir + "/key.sqlite",
                             std::filesystem::copy_options::overwrite_existing);
  Result<std::unique_ptr<server::Database>> copy = server::Database::open(end.dir + "/key.sqlite");
  ASSERT_TRUE(copy.ok());
  server::SqliteSettings settings(*copy.value());
  const Result<server::auth::VoterCodeHasher> hasher =
      server::auth::load_voter_code_hasher(settings);
  ASSERT_TRUE(hasher.ok());
  for (Vote& v : votes) v.code_hash = hasher.value().hash(v.code);

  attack(end, votes, log);
  std::vector<Vote> first_half(votes.begin(), votes.begin() + kVoters / 2 + 1);
  attack(middle, first_half, log);
}

}  // namespace
}  // namespace sammen::testing
