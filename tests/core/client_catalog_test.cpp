// The client's own catalogs, complete in every language. They are plain
// data, so this native test compiles them although the client is wasm only.
#include <gtest/gtest.h>

#include "ballots/messages.h"
#include "core/messages.h"
#include "demo/messages.h"
#include "processes/messages.h"
#include "results/messages.h"

namespace sammen::testing {
namespace {

TEST(ClientCatalog, EveryCatalogHasEveryKeyInEveryLanguage) {
  for (const Catalog& catalog :
       {client::messages(), client::processes::messages(), client::ballots::messages(),
        client::results::messages(), client::demo::messages()}) {
    EXPECT_EQ(missing_keys(catalog), std::vector<std::string>{});
  }
}

TEST(ClientCatalog, CountsAreSaidInTheSingularForOne) {
  EXPECT_EQ(client::say(client::results::messages(), "votes", Language::kNorwegianBokmal,
                        {{"count", std::int64_t{1}}}),
            "1 stemme");
  EXPECT_EQ(client::say(client::results::messages(), "ballots_counted", Language::kEnglish,
                        {{"count", std::int64_t{3}}}),
            "3 ballots counted");
  EXPECT_EQ(client::say(client::ballots::messages(), "chosen_count", Language::kEnglish,
                        {{"count", std::int64_t{1}}}),
            "You have chosen 1 proposal.");
}

}  // namespace
}  // namespace sammen::testing
