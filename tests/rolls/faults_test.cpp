// Every method of the rolls store, failing through the database's hook.
#include "faults.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

server::rolls::StoredRoll stored(const TestDatabase& t) {
  Census census{2027, {}, 0};
  count_person(census, "sentrum", 1980);
  return {{t.seed().process.id, kSeedTime, 1, 1, {}, 0, census}, "0-0|sentrum"};
}

const StoreMethod kMethods[] = {
    {"put", true, [](TestDatabase& t) { return t.rolls->put(stored(t)); }},
    {"find", false,
     [](TestDatabase& t) { return status_of(t.rolls->find(t.seed().process.id)); },
     [](TestDatabase& t) { ASSERT_TRUE(t.rolls->put(stored(t)).ok()); }},
};

class RollStoreFaults : public ::testing::TestWithParam<StoreMethod> {};

TEST_P(RollStoreFaults, FailsCleanlyAndRecovers) {
  expect_fails_cleanly(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Rolls, RollStoreFaults, ::testing::ValuesIn(kMethods), method_name);

}  // namespace
}  // namespace sammen::testing
