// The screens' catalogs (shared by the canvas client and the HTML pages),
// complete in every language.
#include <gtest/gtest.h>

#include "sammen/ballots/screen_messages.h"
#include "sammen/core/screen_messages.h"
#include "sammen/demo/screen_messages.h"
#include "sammen/processes/screen_messages.h"
#include "sammen/results/screen_messages.h"

namespace sammen::testing {
namespace {

TEST(ScreenCatalog, EveryCatalogHasEveryKeyInEveryLanguage) {
  for (const Catalog& catalog :
       {common_screen_messages(), process_screen_messages(), ballot_screen_messages(),
        result_screen_messages(), demo_screen_messages()}) {
    EXPECT_EQ(missing_keys(catalog), std::vector<std::string>{});
  }
}

TEST(ScreenCatalog, CountsAreSaidInTheSingularForOne) {
  const auto say = [](const Catalog& catalog, std::string_view key, Language language,
                      std::int64_t count) {
    return render(catalog, key, {{"count", count}}, {language, "NOK"});
  };
  EXPECT_EQ(say(result_screen_messages(), "votes", Language::kNorwegianBokmal, 1), "1 stemme");
  EXPECT_EQ(say(result_screen_messages(), "ballots_counted", Language::kEnglish, 3),
            "3 ballots counted");
  EXPECT_EQ(say(ballot_screen_messages(), "chosen_count", Language::kEnglish, 1),
            "You have chosen 1 proposal.");
}

}  // namespace
}  // namespace sammen::testing
