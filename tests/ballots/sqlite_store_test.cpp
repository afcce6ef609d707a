// The ballots store on a real SQLite file.
#include "ballots/sqlite_store.h"

#include <gtest/gtest.h>

#include "test_database.h"

namespace sammen::testing {
namespace {

const std::string kMark(64, 'a');  // a credential's mark
const std::string kOtherMark(64, 'b');

TEST(SqliteStoreTest, PutBallotInsertsThenReplaces) {
  TestDatabase t;
  t.plant();
  const auto first = t.ballots->put(kMark, demo_ballot("stranda", {"strandrydding"}));
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first.value());
  const auto second = t.ballots->put(kMark, demo_ballot("stranda", {"kajakkbod", "seniorkafe"}));
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second.value());

  const auto mine = t.ballots->of_mark(server::demo::kProcessId, kMark).value();
  ASSERT_TRUE(mine.has_value());
  EXPECT_EQ(mine->ballot.proposal_ids, (std::vector<std::string>{"kajakkbod", "seniorkafe"}));
  EXPECT_EQ(mine->mark, kMark);
  EXPECT_EQ(t.ballots->all(server::demo::kProcessId).value().size(), 1u);
}

TEST(SqliteStoreTest, PutAllStoresEachBallotUnderItsMarkInOrder) {
  TestDatabase t;
  t.plant();
  ASSERT_TRUE(t.ballots->put(kMark, demo_ballot("stranda", {"strandrydding"})).ok());
  const auto batch = t.ballots->put_all({{kOtherMark, demo_ballot("stranda", {"seniorkafe"})},
                                         {kMark, demo_ballot("stranda", {"kajakkbod"})},
                                         {kOtherMark, demo_ballot("stranda", {"badebrygge"})}});
  ASSERT_TRUE(batch.ok());
  ASSERT_EQ(batch.value().size(), 3u);
  EXPECT_FALSE(batch.value()[0].replaced);
  EXPECT_TRUE(batch.value()[1].replaced);
  EXPECT_TRUE(batch.value()[2].replaced) << "a later ballot of a mark replaces the one before it";
  EXPECT_EQ(batch.value()[2].mark, kOtherMark);
  EXPECT_TRUE(batch.value()[2].receipt.empty());
  EXPECT_EQ(t.ballots->of_mark(server::demo::kProcessId, kOtherMark).value()->ballot.proposal_ids,
            std::vector<std::string>{"badebrygge"});
  EXPECT_EQ(t.ballots->of_mark(server::demo::kProcessId, kMark).value()->ballot.proposal_ids,
            std::vector<std::string>{"kajakkbod"});
  EXPECT_EQ(t.ballots->all(server::demo::kProcessId).value().size(), 2u);
}

TEST(SqliteStoreTest, TheRollKnowsItsVoters) {
  TestDatabase t;
  t.plant();
  EXPECT_TRUE(t.ballots->on_roll(server::demo::kProcessId, t.voter(0)).value());
  EXPECT_FALSE(t.ballots->on_roll(server::demo::kProcessId, "not-a-hash").value());
}

TEST(BallotStore, ListsBallotsByContentThenMarkNeverByArrival) {
  TestDatabase t;
  t.plant();
  ASSERT_TRUE(t.ballots->put(kOtherMark, demo_ballot("stranda", {"seniorkafe"})).ok());
  ASSERT_TRUE(t.ballots->put(kMark, demo_ballot("stranda", {"kajakkbod"})).ok());
  const std::vector<StoredBallot> all = t.ballots->all(server::demo::kProcessId).value();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].ballot.proposal_ids, std::vector<std::string>{"kajakkbod"});
  EXPECT_EQ(all[0].ballot.process_id, server::demo::kProcessId);
}

TEST(BallotStore, AMarkWithoutABallotHasNone) {
  TestDatabase t;
  t.plant();
  EXPECT_FALSE(t.ballots->of_mark(server::demo::kProcessId, kMark).value().has_value());
}

}  // namespace
}  // namespace sammen::testing
