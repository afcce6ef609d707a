// Crashes: the real server killed with SIGKILL while credentials are issued
// and ballots cast with their receipts arrive, again and again; after every
// restart each acknowledged ballot is there, intact, each acknowledged
// credential is still the code's only one, and a credential whose answer
// was lost is given again for the same blinded element.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "credential_client.h"
#include "sammen/core/json.h"
#include "server_process.h"

namespace sammen::testing {
namespace {

const std::string kCrashProcess = "/api/v1/processes/innbyggerbudsjett-2027";
const std::string kCrashBallots = kCrashProcess + "/ballots";
// Each voter's ballots go round these, so two in a row always differ.
const std::vector<std::string> kCrashChoices = {"kajakkbod", "badebrygge", "strandrydding"};
constexpr int kCrashVoters = 24;
constexpr int kCrashClients = 8;
constexpr int kCrashes = 6;

// What a voter was told, and what they sent after it (stored or not); the
// blinding of their credential request (kept until answered, as a browser
// keeps it) and the receipt once it was answered.
struct VoterRecord {
  std::optional<std::string> acknowledged;
  std::optional<std::string> sent_after;
  Blinding blinding = random_blinding();
  std::string receipt;
};

// The choice after `last` (the first when there is none): never the same twice in a row.
std::string next_choice(const std::optional<std::string>& last) {
  for (std::size_t i = 0; i < kCrashChoices.size(); ++i)
    if (last && kCrashChoices[i] == *last) return kCrashChoices[(i + 1) % kCrashChoices.size()];
  return kCrashChoices[0];
}

std::string ballot(const std::string& receipt, const std::string& proposal) {
  return Json{{"version", 1},
              {"receipt", receipt},
              {"district_id", "stranda"},
              {"proposal_ids", {proposal}}}
      .dump();
}

class Crashes : public ::testing::Test {
 protected:
  void start() {
    ASSERT_TRUE(server_.start({"--db", dir_.file("crash.sqlite"), "--admin-token", kAdminToken}))
        << server_.output() << server_.errors();
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", server_.port());
    c.set_connection_timeout(std::chrono::seconds(2));
    c.set_read_timeout(std::chrono::seconds(5));
    return c;
  }

  // Clients post ballots until the server dies; each records what it was
  // told. Voter v joins in round v % kCrashes, so every round issues
  // credentials while ballots arrive, and a kill may fall between the two.
  void vote_until_killed(int round, std::vector<VoterRecord>& records, std::mt19937& random) {
    std::atomic<bool> dead = false;
    std::mutex mutex;
    std::vector<std::thread> clients;
    for (int c = 0; c < kCrashClients; ++c) {
      clients.emplace_back([&, c] {
        httplib::Client http = client();
        bool joined = false;
        for (int v = c; v < kCrashVoters; v += kCrashClients) joined |= v % kCrashes <= round;
        if (!joined) return;  // none of this client's voters has joined yet
        for (int turn = 0; !dead; ++turn) {
          const int voter = c + kCrashClients * (turn % (kCrashVoters / kCrashClients));
          if (voter % kCrashes > round) continue;  // not yet joined
          VoterRecord& record = records[static_cast<std::size_t>(voter)];
          if (record.receipt.empty()) {  // only this client asks for this voter
            const IssuedCredential got =
                request_credential(http, kCrashProcess, codes_[static_cast<std::size_t>(voter)],
                                   "stranda", record.blinding);
            if (got.status == 0) return;  // the server is gone: asked again after the restart
            if (got.receipt.empty()) {
              ADD_FAILURE() << "a credential was refused: " << got.status << " " << got.body;
              return;
            }
            record.receipt = got.receipt;
          }
          std::string proposal;
          {
            std::lock_guard<std::mutex> lock(mutex);
            proposal = next_choice(record.acknowledged);
            record.sent_after = proposal;
          }
          const httplib::Result r =
              http.Post(kCrashBallots, ballot(record.receipt, proposal), "application/json");
          if (!r) return;  // the server is gone: what was sent may or may not be stored
          if (r->status != 200 && r->status != 201) {
            ADD_FAILURE() << "a ballot was refused: " << r->status << " " << r->body;
            return;
          }
          std::lock_guard<std::mutex> lock(mutex);
          record.acknowledged = proposal;
          record.sent_after.reset();
        }
      });
    }
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::uniform_int_distribution<int>(150, 700)(random)));
    dead = true;
    server_.crash();
    for (std::thread& t : clients) t.join();
  }

  TempDir dir_;
  ServerProcess server_;
  std::vector<std::string> codes_;
};

TEST_F(Crashes, EveryAcknowledgedBallotSurvivesKillNine) {
  start();
  const httplib::Result demo = client().Get("/api/v1/demo");
  ASSERT_TRUE(demo && demo->status == 200);
  codes_ = Json::parse(demo->body)["voter_codes"].get<std::vector<std::string>>();
  codes_.resize(kCrashVoters);
  std::vector<VoterRecord> records(kCrashVoters);
  std::mt19937 random(20270115);
  int acknowledged = 0;
  int credentials = 0;
  for (int crash = 0; crash < kCrashes; ++crash) {
    vote_until_killed(crash, records, random);
    start();  // on the same file, after a kill -9
    for (int v = 0; v < kCrashVoters; ++v) {
      const VoterRecord& record = records[static_cast<std::size_t>(v)];
      if (record.receipt.empty()) continue;
      // The credential survived: the code gets no other one.
      httplib::Client http = client();
      const IssuedCredential other = request_credential(
          http, kCrashProcess, codes_[static_cast<std::size_t>(v)], "stranda", random_blinding());
      EXPECT_EQ(other.status, 409)
          << "voter " << v << " after crash " << crash << ": " << other.body;
      ++credentials;
      if (!record.acknowledged) continue;
      ++acknowledged;
      const httplib::Result mine =
          client().Get(kCrashBallots + "/mine", {{"X-Receipt", record.receipt}});
      ASSERT_TRUE(mine) << "after crash " << crash;
      ASSERT_EQ(mine->status, 200)
          << "voter " << v << " after crash " << crash << ": " << mine->body;
      const Json stored = Json::parse(mine->body)["ballot"];
      EXPECT_EQ(stored["district_id"], "stranda");
      const std::string proposal = stored["proposal_ids"].at(0);
      // What was acknowledged, or the ballot sent after it, committed before the kill.
      EXPECT_TRUE(proposal == *record.acknowledged ||
                  (record.sent_after && proposal == *record.sent_after))
          << "voter " << v << " after crash " << crash << ": stored " << proposal
          << ", acknowledged " << *record.acknowledged;
      EXPECT_EQ(stored["proposal_ids"].size(), 1u);
    }
    // What was stored now counts as acknowledged: the next round starts from
    // it. (A voter who never got an answer may have no ballot.)
    for (int v = 0; v < kCrashVoters; ++v) {
      VoterRecord& record = records[static_cast<std::size_t>(v)];
      if (!record.sent_after) continue;
      const httplib::Result mine =
          client().Get(kCrashBallots + "/mine", {{"X-Receipt", record.receipt}});
      if (mine && mine->status == 200)
        record.acknowledged = Json::parse(mine->body)["ballot"]["proposal_ids"].at(0);
      record.sent_after.reset();
    }
  }
  EXPECT_GT(credentials, 0) << "the clients got no credential before the kills";
  EXPECT_GT(acknowledged, 0) << "the clients got no ballot through before the kills";
  server_.stop();
}

}  // namespace
}  // namespace sammen::testing
