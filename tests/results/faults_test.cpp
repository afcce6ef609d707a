// Every method of the results store, failing through the database's hook.
#include "faults.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

Tally counted(const TestDatabase& t) {
  return tally(t.seed().process, {});
}

const StoreMethod kMethods[] = {
    {"put", true, [](TestDatabase& t) { return t.results->put(counted(t), 9); }},
    {"find", false,
     [](TestDatabase& t) { return status_of(t.results->find(server::demo::kProcessId)); },
     [](TestDatabase& t) { ASSERT_TRUE(t.results->put(counted(t), 9).ok()); }},
};

class ResultStoreFaults : public ::testing::TestWithParam<StoreMethod> {};

TEST_P(ResultStoreFaults, FailsCleanlyAndRecovers) {
  expect_fails_cleanly(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Results, ResultStoreFaults, ::testing::ValuesIn(kMethods), method_name);

}  // namespace
}  // namespace sammen::testing
