// GroupCommit: items that arrive together are written in one call, each
// acknowledged only after it, and a failed write fails every item in it.
#include "core/group_commit.h"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace sammen::testing {
namespace {

using server::GroupCommit;

TEST(GroupCommit, RepliesToEachItemInItsOrder) {
  GroupCommit<int, int> doubled([](const std::vector<int>& items) {
    std::vector<int> replies;
    for (const int i : items) replies.push_back(2 * i);
    return Result<std::vector<int>>(replies);
  });
  EXPECT_EQ(doubled.submit(21).value(), 42);
  EXPECT_EQ(doubled.submit(-4).value(), -8);
}

TEST(GroupCommit, WritesItemsThatArriveDuringAWriteInOneBatch) {
  std::mutex mutex;
  std::condition_variable changed;
  bool release = false;
  std::vector<std::size_t> batches;
  GroupCommit<int, int> commit([&](const std::vector<int>& items) {
    std::unique_lock<std::mutex> lock(mutex);
    batches.push_back(items.size());
    changed.notify_all();
    changed.wait(lock, [&] { return release; });  // the first write holds the rest back
    return Result<std::vector<int>>(items);
  });
  std::thread first([&] { commit.submit(0); });
  {
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait(lock, [&] { return batches.size() == 1; });
  }
  std::vector<std::thread> more;
  std::atomic<int> acknowledged = 0;
  for (int i = 1; i <= 10; ++i) {
    more.emplace_back([&, i] {
      if (commit.submit(i).value() == i) ++acknowledged;
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let them queue up
  EXPECT_EQ(acknowledged, 0) << "nothing is acknowledged before its write";
  {
    std::lock_guard<std::mutex> lock(mutex);
    release = true;
  }
  changed.notify_all();
  first.join();
  for (std::thread& t : more) t.join();
  EXPECT_EQ(acknowledged, 10);
  std::size_t written = 0;
  for (std::size_t i = 1; i < batches.size(); ++i) written += batches[i];
  EXPECT_EQ(written, 10u);
  EXPECT_LT(batches.size(), 11u) << "the ten waiting items were grouped, not written one by one";
}

TEST(GroupCommit, AFailedWriteFailsEveryItemInTheBatch) {
  GroupCommit<int, int> failing([](const std::vector<int>&) {
    return Result<std::vector<int>>(Problem{ErrorCode::kStorageFailed, ""});
  });
  std::vector<std::thread> submitters;
  std::atomic<int> failed = 0;
  for (int i = 0; i < 8; ++i) {
    submitters.emplace_back([&, i] {
      const Result<int> r = failing.submit(i);
      if (!r.ok() && r.first_problem().code == ErrorCode::kStorageFailed) ++failed;
    });
  }
  for (std::thread& t : submitters) t.join();
  EXPECT_EQ(failed, 8);
}

TEST(GroupCommit, AWriteThatThrowsFailsItsItemsInsteadOfHangingThem) {
  GroupCommit<int, int> throwing(
      [](const std::vector<int>&) -> Result<std::vector<int>> { throw std::runtime_error("bug"); });
  const Result<int> r = throwing.submit(1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.first_problem().code, ErrorCode::kInternal);
}

}  // namespace
}  // namespace sammen::testing
