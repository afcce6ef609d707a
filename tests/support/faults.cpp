#include "faults.h"

#include <gtest/gtest.h>

namespace sammen::testing {

void expect_fails_cleanly(const StoreMethod& method) {
  TestDatabase t;
  t.plant();
  method.prepare(t);
  const std::string before = t.dump();
  const auto failed_cleanly = [&](const char* mode) {
    const Status status = method.call(t);
    ASSERT_FALSE(status.ok()) << method.name << " succeeded when " << mode;
    EXPECT_EQ(status.first_problem().code, ErrorCode::kStorageFailed) << mode;
    EXPECT_EQ(t.dump(), before) << method.name << " changed data when " << mode;
  };

  if (method.writes) {
    t.db().fail({.disk_full = true});
    failed_cleanly("the disk is full");
    t.db().fail({.commits = true});
    failed_cleanly("every commit fails");
  } else {
    t.db().fail({.commits = true, .disk_full = true});
    EXPECT_TRUE(method.call(t).ok()) << method.name << ": reads need neither commits nor room";
  }
  int statements = 0;
  for (int n = 1; n < 10'000; ++n) {
    t.db().fail({.statement = n});
    const Status status = method.call(t);
    if (status.ok()) break;  // fewer than n statements: the sweep is done
    statements = n;
    EXPECT_EQ(status.first_problem().code, ErrorCode::kStorageFailed) << "statement " << n;
    if (method.writes) {
      EXPECT_EQ(t.dump(), before) << method.name << " changed data, statement " << n;
    }
  }
  EXPECT_GT(statements, 0) << method.name << " ran no statement the hook could fail";
  t.db().fail({});
}

std::string method_name(const ::testing::TestParamInfo<StoreMethod>& info) {
  return info.param.name;
}

}  // namespace sammen::testing
