// The wire mapping of rolls: the census goes out and comes back the same.
#include "sammen/rolls/wire.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

TEST(RollWire, TheCensusRoundTrips) {
  Census census{2027, {}, 0};
  count_person(census, "sentrum", 2010);
  count_person(census, "ostbyen", 1950);
  count_person(census, "sentrum", 1980);
  const Json json = census;
  EXPECT_EQ(json["districts"][0]["bands"]["16-17"], 1);
  const Result<Census> back = decode<Census>(json);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(Json(back.value()), json);
}

TEST(RollWire, APaperMarkNeedsTheCode) {
  EXPECT_EQ(decode_body<PaperMark>("{}").first_problem().code, ErrorCode::kMissingField);
  EXPECT_EQ(decode_body<PaperMark>(R"({"version":1,"voter_code":"ABCDE"})").value().voter_code, "ABCDE");
}

}  // namespace
}  // namespace sammen::testing
