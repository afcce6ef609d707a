// Every method of the settings store, failing through the database's hook.
#include "faults.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

const StoreMethod kMethods[] = {
    {"get", false, [](TestDatabase& t) { return status_of(t.settings->get("admin_token_hash")); }},
    {"set", true, [](TestDatabase& t) { return t.settings->set("admin_token_hash", "x"); }},
};

class SettingsFaults : public ::testing::TestWithParam<StoreMethod> {};

TEST_P(SettingsFaults, FailsCleanlyAndRecovers) {
  expect_fails_cleanly(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Settings, SettingsFaults, ::testing::ValuesIn(kMethods), method_name);

}  // namespace
}  // namespace sammen::testing
