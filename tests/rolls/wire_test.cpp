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

TEST(RollWire, AnImportWithItsLettersRoundTrips) {
  RollImported imported;
  imported.summary.process_id = "budsjett";
  imported.summary.imported_at = 1700000000;
  imported.summary.lines = 3;
  imported.summary.voters = 2;
  imported.summary.left_out.too_young = 1;
  imported.summary.census = Census{2027, {}, 0};
  count_person(imported.summary.census, "sentrum", 1980);
  count_person(imported.summary.census, "sentrum", 1990);
  imported.letters = {{"Kari", "Storgata 1", "Sentrum", "K7MQ2-ACXD3-9RT4F"},
                      {"Ola", "Sjøveien 2", "Sentrum", "ACXD3-K7MQ2-9RT4F"}};
  const Json json = imported;
  const Result<RollImported> back = decode<RollImported>(json);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(Json(back.value()), json);
  EXPECT_EQ(back.value().letters[1].code, "ACXD3-K7MQ2-9RT4F");
}

TEST(RollWire, ASummaryWithoutItsCensusIsRefused) {
  EXPECT_EQ(decode_body<RollSummary>(R"({"process_id":"p"})").first_problem().code,
            ErrorCode::kMissingField);
}

}  // namespace
}  // namespace sammen::testing
