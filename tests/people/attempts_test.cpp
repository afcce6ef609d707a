// The slow-down of failed attempts, and the server's log of them.
#include "sammen/people/attempts.h"

#include <gtest/gtest.h>

#include "core/attempt_log.h"

namespace sammen::testing {
namespace {

constexpr AttemptPolicy kPolicy{3, 2, 60, 600};

Attempts failures(int n, UnixSeconds at) {
  Attempts a;
  for (int i = 0; i < n; ++i) a = after_failure(a, kPolicy, at);
  return a;
}

TEST(Attempts, TheFirstFailuresCostNothing) {
  EXPECT_EQ(wait_seconds(failures(3, 100), kPolicy, 100), 0);
}

TEST(Attempts, EachFurtherFailureDoublesTheWaitUpToTheLongest) {
  EXPECT_EQ(wait_seconds(failures(4, 100), kPolicy, 100), 2);
  EXPECT_EQ(wait_seconds(failures(5, 100), kPolicy, 100), 4);
  EXPECT_EQ(wait_seconds(failures(8, 100), kPolicy, 100), 32);
  EXPECT_EQ(wait_seconds(failures(9, 100), kPolicy, 100), 60);
  EXPECT_EQ(wait_seconds(failures(60, 100), kPolicy, 100), 60);
}

TEST(Attempts, TheWaitRunsFromTheLastFailure) {
  EXPECT_EQ(wait_seconds(failures(5, 100), kPolicy, 103), 1);
  EXPECT_EQ(wait_seconds(failures(5, 100), kPolicy, 104), 0);
}

TEST(Attempts, AQuietKeyStartsAfresh) {
  const Attempts a = failures(8, 100);
  EXPECT_EQ(wait_seconds(a, kPolicy, 700), 0);
  EXPECT_EQ(after_failure(a, kPolicy, 700).failures, 1);
}

TEST(AttemptLog, RefusesWhileAnyKeyMustWaitAndSaysHowLong) {
  server::AttemptLog log;
  for (int i = 0; i < 4; ++i) log.failed({"address 1", "account kari"}, kPolicy, 100);
  const Status refused = log.may_try({"address 2", "account kari"}, kPolicy, 100);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.first_problem().code, ErrorCode::kTooManyAttempts);
  EXPECT_EQ(refused.first_problem().amount, 2);
  EXPECT_TRUE(log.may_try({"address 2", "account ola"}, kPolicy, 100).ok());
  log.forget("account kari");
  EXPECT_FALSE(log.may_try({"address 1"}, kPolicy, 100).ok()) << "the address still waits";
  EXPECT_TRUE(log.may_try({"account kari"}, kPolicy, 100).ok());
}

TEST(AttemptLog, KeepsAtMostItsCapacity) {
  server::AttemptLog log(100);
  for (int i = 0; i < 1000; ++i) log.failed({"address " + std::to_string(i)}, kPolicy, i);
  EXPECT_LE(log.size(), 100u);
}

constexpr AttemptPolicy kBudget{3, 2, 60, 600, 5, "test"};

TEST(Attempts, TheGlobalBudgetWaitsForTheOldestFailureToLeaveTheMinute) {
  RecentFailures recent;
  for (UnixSeconds t = 100; t < 105; ++t) recent = after_global_failure(recent, kBudget, t);
  EXPECT_EQ(global_wait_seconds(recent, kBudget, 105), 55) << "the first leaves at 160";
  EXPECT_EQ(global_wait_seconds(recent, kBudget, 159), 1);
  EXPECT_EQ(global_wait_seconds(recent, kBudget, 160), 0);
  RecentFailures four;
  for (UnixSeconds t = 100; t < 104; ++t) four = after_global_failure(four, kBudget, t);
  EXPECT_EQ(global_wait_seconds(four, kBudget, 104), 0) << "under the budget";
}

TEST(Attempts, TheGlobalBudgetKeepsNoMoreThanItCounts) {
  RecentFailures recent;
  for (UnixSeconds t = 0; t < 1000; ++t) recent = after_global_failure(recent, kBudget, 100);
  EXPECT_EQ(recent.times.size(), 5u);
}

TEST(AttemptLog, ManyAddressesTogetherMeetTheGlobalBudget) {
  server::AttemptLog log;
  // Five addresses fail once each: free for each, but the budget is spent.
  for (int a = 0; a < 5; ++a) log.failed({"address " + std::to_string(a)}, kBudget, 100);
  const Status again = log.may_try({"address 0"}, kBudget, 101);
  ASSERT_FALSE(again.ok()) << "an address that failed before waits for the budget";
  EXPECT_EQ(again.first_problem().code, ErrorCode::kTooManyAttempts);
  EXPECT_EQ(again.first_problem().amount, 59);
  EXPECT_TRUE(log.may_try({"address new"}, kBudget, 101).ok()) << "a new address gets its try";
  EXPECT_TRUE(log.may_try({"address 0"}, kBudget, 160).ok()) << "once the minute has passed";
  EXPECT_TRUE(log.may_try({"address 0"}, kPolicy, 101).ok()) << "another kind has its own budget";
}

}  // namespace
}  // namespace sammen::testing
