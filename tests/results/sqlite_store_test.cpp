// The results store on a real SQLite file.
#include "results/sqlite_store.h"

#include <gtest/gtest.h>

#include "core/statement.h"
#include "sammen/results/wire.h"
#include "test_database.h"

namespace sammen::testing {
namespace {

TEST(SqliteStoreTest, PublishStoresProcessAndResultTogether) {
  TestDatabase t;
  t.plant();
  Ballot ballot{server::demo::kProcessId, "stranda", {"strandrydding"}};
  ASSERT_TRUE(t.ballots->put(std::string(64, 'a'), ballot).ok());
  const Tally counted = tally(t.seed().process, {ballot});
  const Process after = published(t.seed().process, counted);
  ASSERT_TRUE(t.db()
                  .all_or_nothing([&] {
                    Status s = t.processes->save(after);
                    if (s.ok()) s = t.results->put(counted, 1234);
                    return s;
                  })
                  .ok());
  EXPECT_FALSE(t.results->put(counted, 1235).ok()) << "one result per process";

  t.reopen();
  const auto stored = t.results->find(after.id).value();
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->published_at, 1234);
  EXPECT_EQ(Json(stored->tally), Json(counted));
  EXPECT_TRUE(t.processes->find(after.id).value()->result_published);
}

TEST(ResultStore, NothingIsFoundBeforePublishing) {
  TestDatabase t;
  t.plant();
  EXPECT_FALSE(t.results->find(server::demo::kProcessId).value().has_value());
}

TEST(ResultStore, ReadsATallyStoredByTheFirstReleaseWithItsEnglishWords) {
  TestDatabase t;
  t.plant();
  const Process& process = t.seed().process;
  const Tally counted = tally(process, {});
  // The first release stored the published form, words and all.
  const Json old = PublishedTally{counted, process, 0, Language::kEnglish, "NOK"};
  ASSERT_TRUE(t.db()
                  .write("old",
                         [&] {
                           server::Statement(t.db(), "INSERT INTO results VALUES (?,?,?)")
                               .bind(process.id, dump_json(old), std::int64_t{77})
                               .run();
                         })
                  .ok());
  EXPECT_EQ(Json(t.results->find(process.id).value()->tally), Json(counted));
}

}  // namespace
}  // namespace sammen::testing
