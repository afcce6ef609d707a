// Every method of the people store, failing through the database's hook.
#include "faults.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

const Person kKari{0, "Kari", "kari@example.no", 1990, "sentrum", {Role::kResident}, 5, false};

// Kari's id: the second person, after the demo's administrator. A constant,
// so that finding it never runs a statement the hook could fail.
PersonId kari_id(TestDatabase&) {
  return 2;
}

void add_kari(TestDatabase& t) {
  ASSERT_EQ(t.people->add(kKari, "hash").value(), std::optional<PersonId>(2));
  ASSERT_TRUE(t.people->add_session("digest-1", kari_id(t), 10, 1000).ok());
  ASSERT_TRUE(t.people->add_session("digest-2", kari_id(t), 10, 1000).ok());
  ASSERT_TRUE(t.people->add_token(kari_id(t), "export", "token-digest", 10).ok());
}

const StoreMethod kMethods[] = {
    {"count", false, [](TestDatabase& t) { return status_of(t.people->count()); }},
    {"by_email", false,
     [](TestDatabase& t) { return status_of(t.people->by_email("kari@example.no")); }, add_kari},
    {"by_id", false, [](TestDatabase& t) { return status_of(t.people->by_id(kari_id(t))); },
     add_kari},
    {"all", false, [](TestDatabase& t) { return status_of(t.people->all()); }, add_kari},
    {"add", true, [](TestDatabase& t) { return status_of(t.people->add(kKari, "hash")); }},
    {"set_password", true,
     [](TestDatabase& t) { return t.people->set_password(kari_id(t), "new hash", true); },
     add_kari},
    {"home_districts", false, [](TestDatabase& t) { return status_of(t.people->home_districts()); },
     add_kari},
    {"grant", true,
     [](TestDatabase& t) { return t.people->grant(kari_id(t), Role::kReviewer, 20); }, add_kari},
    {"remove_role", true,
     [](TestDatabase& t) { return t.people->remove_role(kari_id(t), Role::kResident); },
     add_kari},
    {"holders", false,
     [](TestDatabase& t) { return status_of(t.people->holders(Role::kAdministrator)); }},
    {"add_session", true,
     [](TestDatabase& t) { return t.people->add_session("digest-3", kari_id(t), 2000, 3000); },
     add_kari},
    {"session", false,
     [](TestDatabase& t) { return status_of(t.people->session("digest-1", 20)); }, add_kari},
    {"session_expiry", false,
     [](TestDatabase& t) { return status_of(t.people->session_expiry("digest-1")); }, add_kari},
    {"end_session", true, [](TestDatabase& t) { return t.people->end_session("digest-1"); },
     add_kari},
    {"end_other_sessions", true,
     [](TestDatabase& t) { return t.people->end_other_sessions(kari_id(t), "digest-1"); },
     add_kari},
    {"add_token", true,
     [](TestDatabase& t) {
       return status_of(t.people->add_token(kari_id(t), "backup", "other-digest", 30));
     },
     add_kari},
    {"tokens", false, [](TestDatabase& t) { return status_of(t.people->tokens(kari_id(t))); },
     add_kari},
    {"token", false, [](TestDatabase& t) { return status_of(t.people->token(1)); }, add_kari},
    {"revoke_token", true, [](TestDatabase& t) { return t.people->revoke_token(1, 40); },
     add_kari},
    {"by_token", false, [](TestDatabase& t) { return status_of(t.people->by_token("token-digest")); },
     add_kari},
};

class PeopleStoreFaults : public ::testing::TestWithParam<StoreMethod> {};

TEST_P(PeopleStoreFaults, FailsCleanlyAndRecovers) {
  expect_fails_cleanly(GetParam());
}

INSTANTIATE_TEST_SUITE_P(People, PeopleStoreFaults, ::testing::ValuesIn(kMethods), method_name);

}  // namespace
}  // namespace sammen::testing
