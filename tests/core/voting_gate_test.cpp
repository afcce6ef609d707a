// VotingGate: a close that waits is not kept waiting by a stream of ballots.
#include "core/voting_gate.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

namespace sammen::testing {
namespace {

TEST(VotingGate, AClosingGoesThroughWhileBallotsKeepComing) {
  server::VotingGate gate;
  std::atomic<bool> stop = false;
  std::vector<std::thread> voters;
  // Eight voters whose ballots overlap: there is always one in the gate.
  for (int i = 0; i < 8; ++i) {
    voters.emplace_back([&] {
      while (!stop) {
        const auto pass = gate.for_ballot();
        std::this_thread::sleep_for(std::chrono::milliseconds(3));
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  std::future<void> closed = std::async(std::launch::async, [&] { const auto alone = gate.for_closing(); });
  const bool went_through = closed.wait_for(std::chrono::seconds(20)) == std::future_status::ready;
  stop = true;
  for (std::thread& t : voters) t.join();
  closed.wait();
  EXPECT_TRUE(went_through) << "the close waited behind ballots for 20 seconds";
}

}  // namespace
}  // namespace sammen::testing
