// The wire mapping of results: a tally as facts, a published tally in words.
#include "sammen/results/wire.h"

#include <gtest/gtest.h>

#include "sammen/results/explanation.h"
#include "test_process.h"

namespace sammen {
namespace {

using testing::two_district_process;

PublishedTally published_in(Language language, std::string currency) {
  const Process process = two_district_process();
  return {tally(process, {{"pb-2027", "sentrum", {"park"}}, {"pb-2027", "sentrum", {"benker"}}}),
          process, 1234, language, std::move(currency)};
}

TEST(Wire, ResultRoundTripsWithExplanationsInTheChosenLanguage) {
  const PublishedTally published = published_in(Language::kEnglish, "NOK");
  const Json json = published;
  EXPECT_EQ(
      json["districts"][0]["proposals"][0]["explanation"].get<std::string>().rfind("Funded", 0),
      0u);
  EXPECT_EQ(json["published_at"], 1234);
  const auto decoded = decode<Tally>(json);
  ASSERT_TRUE(decoded.ok());
  PublishedTally again = published;
  again.tally = decoded.value();
  EXPECT_EQ(Json(again), json);
}

TEST(Wire, ResultNamesItsRuleAndTieBreakInTheChosenLanguage) {
  const Json json = published_in(Language::kDanish, "DKK");
  EXPECT_EQ(json["rule"], "greedy");
  EXPECT_EQ(json["rule_name"], rule_name(counting::Rule::kGreedy, Language::kDanish));
  EXPECT_EQ(json["tie_break_name"],
            tie_break_name(counting::TieBreak::kCostThenVotes, Language::kDanish));
  EXPECT_EQ(json["language"], "da");
  Json without_names = json;
  without_names.erase("rule_name");
  without_names.erase("tie_break_name");
  EXPECT_TRUE(decode<Tally>(without_names).ok())
      << "the names are for people; decoders ignore them";
}

TEST(Wire, TallyIsStoredAsFactsWithoutWords) {
  const Json json = published_in(Language::kEnglish, "NOK").tally;
  EXPECT_FALSE(json.contains("rule_name"));
  EXPECT_FALSE(json.contains("language"));
  EXPECT_FALSE(json["districts"][0]["proposals"][0].contains("explanation"));
  EXPECT_EQ(Json(decode<Tally>(json).value()), json);
}

}  // namespace
}  // namespace sammen
