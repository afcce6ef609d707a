#include "big_nat.h"

#include <gtest/gtest.h>

namespace sammen::counting {
namespace {

TEST(BigNat, MultipliesPastSixtyFourBitsExactly) {
  BigNat a(0xffffffffffffffffull);
  a.mul(0xffffffffffffffffull);
  EXPECT_EQ(a.to_string(), "340282366920938463426481119284349108225");
}

TEST(BigNat, AddsAndSubtractsWithCarries) {
  BigNat a(0xffffffffull);
  a.add(BigNat(1));
  EXPECT_EQ(a.to_string(), "4294967296");
  a.sub(BigNat(1));
  EXPECT_EQ(a.to_string(), "4294967295");
  a.sub(a);
  EXPECT_TRUE(a.is_zero());
}

TEST(BigNat, DividesBySmallNumbersWithRemainder) {
  BigNat a(1000000007ull);
  a.mul(1000000009ull);
  EXPECT_EQ(a.mod(1000000009u), 0u);
  EXPECT_EQ(a.div(1000000007u), 0u);
  EXPECT_EQ(a.to_string(), "1000000009");
}

TEST(BigNat, ComparesByValue) {
  BigNat big(1);
  for (int i = 0; i < 10; ++i) big.mul(1000000000ull);
  BigNat small(999);
  EXPECT_TRUE(small < big);
  EXPECT_FALSE(big < small);
  EXPECT_TRUE(big <= big);
  EXPECT_EQ(BigNat::compare(big, big), 0);
}

TEST(BigNat, AddsAProductInPlace) {
  BigNat out(5);
  BigNat::add_mul(out, BigNat(1ull << 40), 1ull << 40);
  EXPECT_EQ(out.to_string(), "1208925819614629174706181");
}

TEST(BigNat, ApproximatesHugeRatiosForDisplay) {
  BigNat a(3);
  BigNat b(2);
  for (int i = 0; i < 100; ++i) {
    a.mul(1000000000ull);
    b.mul(1000000000ull);
  }
  EXPECT_DOUBLE_EQ(ratio(a, b), 1.5);
}

}  // namespace
}  // namespace sammen::counting
