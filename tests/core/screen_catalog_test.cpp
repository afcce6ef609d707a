// The screens' catalogs (shared by the canvas client and the HTML pages),
// complete in every language.
#include <gtest/gtest.h>

#include "sammen/audit/entry.h"
#include "sammen/processes/process.h"
#include "sammen/results/explanation.h"

#include "sammen/audit/screen_messages.h"
#include "sammen/ballots/screen_messages.h"
#include "sammen/core/screen_messages.h"
#include "sammen/demo/screen_messages.h"
#include "sammen/people/screen_messages.h"
#include "sammen/processes/screen_messages.h"
#include "sammen/results/screen_messages.h"
#include "sammen/rolls/screen_messages.h"
#include "sammen/setup/screen_messages.h"

namespace sammen::testing {
namespace {

TEST(ScreenCatalog, EveryCatalogHasEveryKeyInEveryLanguage) {
  for (const Catalog& catalog :
       {common_screen_messages(), process_screen_messages(), ballot_screen_messages(),
        result_screen_messages(), demo_screen_messages(), people_screen_messages(),
        setup_screen_messages(), roll_screen_messages(), audit_screen_messages()}) {
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

TEST(ScreenCatalog, EveryAuditActionHasItsLineInEveryLanguage) {
  for (const auto& [action, id] : kAuditActionIds) {
    for (Language language : kAllLanguages) {
      EXPECT_FALSE(audit_screen_messages().text("action." + std::string(id), language).empty())
          << id << " in " << language_tag(language);
    }
  }
}

TEST(ScreenCatalog, EveryBallotFormatRuleAndStatusTheConsoleOffersHasAName) {
  std::vector<std::string> keys;
  for (const auto& [format, id] : kBallotFormatIds) keys.push_back("format_" + std::string(id));
  for (const auto& [rule, id] : kRuleIds) keys.push_back("rule_" + std::string(id));
  for (const auto& [status, id] : kProposalStatusIds) keys.push_back("status_" + std::string(id));
  for (const std::string& key : keys) {
    for (Language language : kAllLanguages) {
      EXPECT_FALSE(setup_screen_messages().text(key, language).empty())
          << key << " in " << language_tag(language);
    }
  }
}

}  // namespace
}  // namespace sammen::testing
