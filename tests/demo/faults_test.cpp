// Every method of the demo store, failing through the database's hook.
#include "faults.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

const StoreMethod kMethods[] = {
    {"add", true,
     [](TestDatabase& t) {
       return t.demo->add({server::demo::kProcessId, {"ELV-NEW1-AA", "ELV-NEW2-AA"}});
     }},
    {"codes", false, [](TestDatabase& t) { return status_of(t.demo->codes()); }},
    {"add_account", true,
     [](TestDatabase& t) { return t.demo->add_account({"other@elvestad.example", "pw"}); }},
    {"account", false, [](TestDatabase& t) { return status_of(t.demo->account()); }},
};

class DemoStoreFaults : public ::testing::TestWithParam<StoreMethod> {};

TEST_P(DemoStoreFaults, FailsCleanlyAndRecovers) {
  expect_fails_cleanly(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Demo, DemoStoreFaults, ::testing::ValuesIn(kMethods), method_name);

}  // namespace
}  // namespace sammen::testing
