// Argon2Queue: one check at a time, a short line, busy at once beyond it.
#include "core/argon2_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace sammen::testing {
namespace {

using server::auth::Argon2Queue;

TEST(Argon2Queue, RunsTheWork) {
  Argon2Queue queue;
  bool ran = false;
  EXPECT_TRUE(queue.run([&] { ran = true; }).ok());
  EXPECT_TRUE(ran);
}

TEST(Argon2Queue, RefusesAtOnceWhenTheLineIsFullAndServesAgainAfter) {
  Argon2Queue queue(/*waiting=*/1);
  std::mutex mutex;
  std::condition_variable changed;
  bool release = false;
  std::atomic<int> entered = 0;
  const auto slow = [&] {
    ++entered;
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait(lock, [&] { return release; });
  };
  std::thread running([&] { EXPECT_TRUE(queue.run(slow).ok()); });
  while (entered == 0) std::this_thread::yield();
  std::thread waiting([&] { EXPECT_TRUE(queue.run(slow).ok()); });
  while (queue.in_line() < 2) std::this_thread::yield();
  // The second waits in line; a third finds the line full.
  const Status third = queue.run([] {});
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.first_problem().code, ErrorCode::kServerBusy);
  EXPECT_GT(third.first_problem().amount, 0) << "says when to come back";
  {
    std::lock_guard<std::mutex> lock(mutex);
    release = true;
  }
  changed.notify_all();
  running.join();
  waiting.join();
  EXPECT_EQ(entered, 2);
  EXPECT_TRUE(queue.run([] {}).ok());
}

}  // namespace
}  // namespace sammen::testing
