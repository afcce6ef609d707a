// Secrets: random tokens, their digests, CSRF tokens bound to a session,
// and unbiased draws for voter codes.
#include "core/secrets.h"

#include <gtest/gtest.h>

#include <set>

#include "core/auth.h"

namespace sammen::server::auth {
namespace {

TEST(Secrets, TokensAreRandomHexOfTheAskedLength) {
  ASSERT_TRUE(init());
  const std::string a = random_token(32), b = random_token(32);
  EXPECT_EQ(a.size(), 64u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(Secrets, ADigestIsStableAndSaysNothingOfTheToken) {
  EXPECT_EQ(token_digest("abc"), token_digest("abc"));
  EXPECT_NE(token_digest("abc"), token_digest("abd"));
  EXPECT_EQ(token_digest("abc").find("abc"), std::string::npos);
}

TEST(Secrets, ACsrfTokenBelongsToOneSessionAndIsNotItsDigest) {
  EXPECT_EQ(csrf_token_for("session-1"), csrf_token_for("session-1"));
  EXPECT_NE(csrf_token_for("session-1"), csrf_token_for("session-2"));
  EXPECT_NE(csrf_token_for("session-1"), token_digest("session-1"))
      << "the stored digest cannot stand in for the CSRF token";
}

TEST(Secrets, SameSecretComparesWholeValues) {
  EXPECT_TRUE(same_secret("abc", "abc"));
  EXPECT_FALSE(same_secret("abc", "abd"));
  EXPECT_FALSE(same_secret("abc", "ab"));
  EXPECT_FALSE(same_secret("", "a"));
}

TEST(RandomDraws, StayBelowTheBoundAndReachEveryValue) {
  RandomDraws draw;
  std::set<std::uint32_t> seen;
  for (int i = 0; i < 20'000; ++i) {
    const std::uint32_t n = draw(26);
    ASSERT_LT(n, 26u);
    seen.insert(n);
  }
  EXPECT_EQ(seen.size(), 26u);
  EXPECT_LT(draw(100'000), 100'000u);
  EXPECT_EQ(draw(1), 0u);
}

TEST(RandomDraws, AreNotBiasedTowardsLowValues) {
  RandomDraws draw;
  constexpr int kDraws = 260'000;
  std::vector<int> count(26, 0);
  for (int i = 0; i < kDraws; ++i) ++count[draw(26)];
  for (int c : count) {
    EXPECT_GT(c, kDraws / 26 * 9 / 10);
    EXPECT_LT(c, kDraws / 26 * 11 / 10);
  }
}

TEST(RandomPassword, IsFourGroupsOfFiveWithoutLookAlikes) {
  const std::string p = random_password();
  ASSERT_EQ(p.size(), 23u);
  EXPECT_EQ(p[5], '-');
  EXPECT_EQ(p.find_first_of("0O1Il5S2Z8B"), std::string::npos);
}

}  // namespace
}  // namespace sammen::server::auth
