// Crashes: the real server killed with SIGKILL while ballots arrive, again
// and again; after every restart each acknowledged ballot is there, intact.
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

#include "sammen/core/json.h"
#include "server_process.h"

namespace sammen::testing {
namespace {

const std::string kCrashBallots = "/api/v1/processes/innbyggerbudsjett-2027/ballots";
// Each voter's ballots go round these, so two in a row always differ.
const std::vector<std::string> kCrashChoices = {"kajakkbod", "badebrygge", "strandrydding"};
constexpr int kCrashVoters = 24;
constexpr int kCrashClients = 8;
constexpr int kCrashes = 6;

// What a voter was told, and what they sent after it (stored or not).
struct VoterRecord {
  std::optional<std::string> acknowledged;
  std::optional<std::string> sent_after;
};

// The choice after `last` (the first when there is none): never the same twice in a row.
std::string next_choice(const std::optional<std::string>& last) {
  for (std::size_t i = 0; i < kCrashChoices.size(); ++i)
    if (last && kCrashChoices[i] == *last) return kCrashChoices[(i + 1) % kCrashChoices.size()];
  return kCrashChoices[0];
}

std::string ballot(const std::string& code, const std::string& proposal) {
  return Json{{"version", 1},
              {"voter_code", code},
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

  // Clients post ballots until the server dies; each records what it was told.
  void vote_until_killed(std::vector<VoterRecord>& records, std::mt19937& random) {
    std::atomic<bool> dead = false;
    std::mutex mutex;
    std::vector<std::thread> clients;
    for (int c = 0; c < kCrashClients; ++c) {
      clients.emplace_back([&, c] {
        httplib::Client http = client();
        for (int turn = 0; !dead; ++turn) {
          const int voter = c + kCrashClients * (turn % (kCrashVoters / kCrashClients));
          std::string proposal;
          {
            std::lock_guard<std::mutex> lock(mutex);
            VoterRecord& record = records[static_cast<std::size_t>(voter)];
            proposal = next_choice(record.acknowledged);
            record.sent_after = proposal;
          }
          const httplib::Result r =
              http.Post(kCrashBallots, ballot(codes_[static_cast<std::size_t>(voter)], proposal),
                        "application/json");
          if (!r) return;  // the server is gone: what was sent may or may not be stored
          if (r->status != 200 && r->status != 201) {
            ADD_FAILURE() << "a ballot was refused: " << r->status << " " << r->body;
            return;
          }
          std::lock_guard<std::mutex> lock(mutex);
          VoterRecord& record = records[static_cast<std::size_t>(voter)];
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
  for (int crash = 0; crash < kCrashes; ++crash) {
    vote_until_killed(records, random);
    start();  // on the same file, after a kill -9
    for (int v = 0; v < kCrashVoters; ++v) {
      const VoterRecord& record = records[static_cast<std::size_t>(v)];
      if (!record.acknowledged) continue;
      ++acknowledged;
      const httplib::Result mine = client().Get(
          kCrashBallots + "/mine", {{"X-Voter-Code", codes_[static_cast<std::size_t>(v)]}});
      ASSERT_TRUE(mine) << "after crash " << crash;
      ASSERT_EQ(mine->status, 200) << "voter " << v << " after crash " << crash << ": "
                                   << mine->body;
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
    // it. (A voter who never got an answer may have no ballot: asking counts
    // as a failed attempt, and a restart forgets those.)
    for (int v = 0; v < kCrashVoters; ++v) {
      VoterRecord& record = records[static_cast<std::size_t>(v)];
      if (!record.sent_after) continue;
      const httplib::Result mine = client().Get(
          kCrashBallots + "/mine", {{"X-Voter-Code", codes_[static_cast<std::size_t>(v)]}});
      if (mine && mine->status == 200)
        record.acknowledged = Json::parse(mine->body)["ballot"]["proposal_ids"].at(0);
      record.sent_after.reset();
    }
  }
  EXPECT_GT(acknowledged, 0) << "the clients got no ballot through before the kills";
  server_.stop();
}

}  // namespace
}  // namespace sammen::testing
