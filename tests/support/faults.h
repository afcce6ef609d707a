// Fault tests of store methods, through the database's one failure hook.
//
// A StoreMethod is a name and a call of one store method on a TestDatabase
// (planted with the demo; `prepare` runs first, when the call needs more).
// expect_fails_cleanly() then checks, for every failure mode of
// Database::fail(): a write reports kStorageFailed and leaves every row of
// the file as it was, whether its 1st, 2nd ... statement fails, every commit
// fails or the disk is full; a read reports kStorageFailed whichever of its
// statements fails. Once healed, the call succeeds. A feature lists its
// store methods once, in its faults_test.cpp; nothing forwards or wraps them.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <string>

#include "test_database.h"

namespace sammen::testing {

struct StoreMethod {
  std::string name;
  bool writes = false;
  std::function<Status(TestDatabase&)> call;
  std::function<void(TestDatabase&)> prepare = [](TestDatabase&) {};
};

void expect_fails_cleanly(const StoreMethod& method);

// For INSTANTIATE_TEST_SUITE_P: the method's name as the test's.
std::string method_name(const ::testing::TestParamInfo<StoreMethod>& info);

inline void PrintTo(const StoreMethod& method, std::ostream* out) {
  *out << method.name;
}

}  // namespace sammen::testing
