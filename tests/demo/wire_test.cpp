// The wire mapping of the demo's voter codes.
#include "sammen/demo/wire.h"

#include <gtest/gtest.h>

namespace sammen {
namespace {

TEST(Wire, DemoCodesRoundTrip) {
  const DemoCodes demo{"pb-2027", {"ELV-AAAA-AA", "ELV-BBBB-BB"}};
  const Json json = demo;
  EXPECT_EQ(json["version"], kWireVersion);
  const auto decoded = decode<DemoCodes>(json);
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().process_id, "pb-2027");
  EXPECT_EQ(decoded.value().voter_codes, demo.voter_codes);
}

TEST(Wire, DemoCodesNameACodeOfTheWrongType) {
  Json json = DemoCodes{"pb-2027", {"ELV-AAAA-AA"}};
  json["voter_codes"].push_back(42);
  const auto decoded = decode<DemoCodes>(json);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.first_problem().subject, "voter_codes[1]");
}

}  // namespace
}  // namespace sammen
