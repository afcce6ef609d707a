// The audit log: appended to, read newest first by administrators only,
// and never rewritten, not even by a query that tries.
#include "audit/use_cases.h"

#include <gtest/gtest.h>

#include "core/statement.h"
#include "faults.h"
#include "fjordby_fixture.h"

namespace sammen::testing {
namespace {

namespace audit = server::audit;

AuditEntry entry(int i) {
  return audit_entry(person_with({Role::kAdministrator}, 7), kSeedTime + i,
                     AuditAction::kChangeProcess, "budsjett", "{\"n\":" + std::to_string(i) + "}");
}

TEST(AuditLog, IsReadNewestFirstInPages) {
  TestDatabase t;
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(t.audit->append(entry(i)).ok());
  const Result<AuditPage> first = audit::read_log(*t.audit, administrator(), 0, 2);
  ASSERT_TRUE(first.ok());
  ASSERT_EQ(first.value().entries.size(), 2u);
  EXPECT_EQ(first.value().entries[0].details, "{\"n\":4}");
  EXPECT_EQ(first.value().entries[0].who.person_id, 7);
  EXPECT_EQ(first.value().entries[0].who.credential, Credential::kApiToken);
  const Result<AuditPage> second =
      audit::read_log(*t.audit, administrator(), first.value().next_before, 10);
  ASSERT_EQ(second.value().entries.size(), 3u);
  EXPECT_EQ(second.value().entries[2].details, "{\"n\":0}");
  EXPECT_EQ(second.value().next_before, 0) << "no more pages";
}

TEST(AuditLog, IsTheAdministratorsToRead) {
  TestDatabase t;
  EXPECT_EQ(audit::read_log(*t.audit, nobody(), 0, 10).first_problem().code,
            ErrorCode::kSignInRequired);
  EXPECT_EQ(audit::read_log(*t.audit, person_with({Role::kModerator}), 0, 10).first_problem().code,
            ErrorCode::kRoleRequired);
}

TEST(AuditLog, RefusesEveryUpdateAndDelete) {
  TestDatabase t;
  ASSERT_TRUE(t.audit->append(entry(1)).ok());
  const std::string before = t.dump();
  for (const char* sql : {"UPDATE audit_log SET actor_name = 'someone else'",
                          "DELETE FROM audit_log", "UPDATE audit_log SET details = '{}' WHERE id = 1"}) {
    const Status s = t.db().write("tamper", [&] { server::Statement(t.db(), sql).run(); });
    EXPECT_EQ(s.first_problem().code, ErrorCode::kStorageFailed) << sql;
  }
  EXPECT_EQ(t.dump(), before);
}

const StoreMethod kMethods[] = {
    {"append", true, [](TestDatabase& t) { return t.audit->append(entry(1)); }},
    {"page", false, [](TestDatabase& t) { return status_of(t.audit->page(0, 10)); },
     [](TestDatabase& t) { ASSERT_TRUE(t.audit->append(entry(1)).ok()); }},
};

class AuditStoreFaults : public ::testing::TestWithParam<StoreMethod> {};

TEST_P(AuditStoreFaults, FailsCleanlyAndRecovers) {
  expect_fails_cleanly(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Audit, AuditStoreFaults, ::testing::ValuesIn(kMethods), method_name);

using AuditApi = FjordbyTest;

TEST_F(AuditApi, ShowsWhoDidWhatAndWhen) {
  const Json log = body(get("/api/v1/audit?limit=2", admin()));
  ASSERT_EQ(log["entries"].size(), 2u);
  EXPECT_EQ(log["entries"][0]["action"], "proposal.add");
  EXPECT_EQ(log["entries"][0]["subject"], "budsjett");
  EXPECT_EQ(log["entries"][0]["details"]["id"], "p5");
  EXPECT_EQ(log["entries"][0]["who"]["credential"], "installation_token");
  EXPECT_GT(log["entries"][0]["at"].get<std::int64_t>(), 0);
  const Json older = body(get("/api/v1/audit?before=" +
                                  std::to_string(log["next_before"].get<std::int64_t>()),
                              admin()));
  EXPECT_EQ(older["entries"].back()["action"], "municipality.set");
}

}  // namespace
}  // namespace sammen::testing
