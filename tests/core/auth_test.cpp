// Voter codes and the administrator token.
#include "core/auth.h"

#include <gtest/gtest.h>

#include <set>

#include "test_database.h"

namespace sammen::testing {
namespace {

namespace auth = server::auth;

class Auth : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(auth::init()); }
};

TEST_F(Auth, VoterCodeHashIgnoresCaseSpacesAndDashesButNotTheKey) {
  const auth::VoterCodeHasher hasher(std::string(32, 'a'));
  EXPECT_EQ(hasher.hash("ELV-4K7M-Q2"), hasher.hash(" elv 4k7m q2 "));
  EXPECT_NE(hasher.hash("ELV-4K7M-Q2"), hasher.hash("ELV-4K7M-Q3"));
  EXPECT_NE(hasher.hash("ELV-4K7M-Q2"),
            auth::VoterCodeHasher(std::string(32, 'b')).hash("ELV-4K7M-Q2"));
  EXPECT_EQ(hasher.hash("ELV-4K7M-Q2").size(), 64u);
}

TEST_F(Auth, BearerTokenIsReadFromTheHeader) {
  EXPECT_EQ(auth::bearer_token("Bearer abc"), "abc");
  EXPECT_EQ(auth::bearer_token("bearer abc "), "abc");
  EXPECT_EQ(auth::bearer_token("Basic abc"), std::nullopt);
  EXPECT_EQ(auth::bearer_token("Bearer "), std::nullopt);
  EXPECT_EQ(auth::bearer_token(""), std::nullopt);
}

TEST_F(Auth, AdminTokenIsStoredHashedAndCheckedExactly) {
  TestDatabase t;
  const auto setup = auth::ensure_admin_token(*t.settings, std::string("the-right-token"));
  ASSERT_TRUE(setup.ok());
  EXPECT_FALSE(setup.value().generated.has_value());
  EXPECT_EQ(setup.value().stored_hash.rfind("$argon2id$", 0), 0u);
  EXPECT_EQ(t.settings->get("admin_token_hash").value(), setup.value().stored_hash);

  auth::Argon2Queue argon2;
  auth::AdminTokenCheck check(setup.value().stored_hash, argon2);
  EXPECT_TRUE(check.valid("the-right-token").value());
  EXPECT_TRUE(check.valid("the-right-token").value()) << "fast path after a verification";
  EXPECT_FALSE(check.valid("the-right-token ").value());
  EXPECT_FALSE(check.valid("the-wrong-token").value());
  EXPECT_FALSE(check.valid("").value());

  const auto kept = auth::ensure_admin_token(*t.settings, std::nullopt);
  EXPECT_EQ(kept.value().stored_hash, setup.value().stored_hash);
  EXPECT_FALSE(kept.value().generated.has_value());
}

TEST_F(Auth, AdminTokenIsGeneratedWhenNoneIsGivenOrStored) {
  TestDatabase t;
  const auto setup = auth::ensure_admin_token(*t.settings, std::nullopt);
  ASSERT_TRUE(setup.ok());
  ASSERT_TRUE(setup.value().generated.has_value());
  EXPECT_EQ(setup.value().generated->size(), 64u);
  auth::Argon2Queue argon2;
  auth::AdminTokenCheck check(setup.value().stored_hash, argon2);
  EXPECT_TRUE(check.valid(*setup.value().generated).value());
}

TEST_F(Auth, RequireAdminNamesTheFieldOfAWrongToken) {
  TestDatabase t;
  EXPECT_TRUE(auth::require_admin(t.admin(), std::string(kAdminToken)).ok());
  const Status wrong = auth::require_admin(t.admin(), std::string("nope"));
  EXPECT_EQ(wrong.first_problem().code, ErrorCode::kAdminTokenInvalid);
  EXPECT_EQ(wrong.first_problem().subject, "Authorization");
  EXPECT_FALSE(auth::require_admin(t.admin(), std::nullopt).ok());
}

TEST_F(Auth, TheVoterCodeKeyIsMadeOnceAndKept) {
  TestDatabase t;
  const auto first = auth::load_voter_code_hasher(*t.settings);
  const auto again = auth::load_voter_code_hasher(*t.settings);
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_EQ(first.value().hash("ELV-4K7M-Q2"), again.value().hash("ELV-4K7M-Q2"));
}

}  // namespace
}  // namespace sammen::testing
