// The ballots store on a real SQLite file.
#include "ballots/sqlite_store.h"

#include <gtest/gtest.h>

#include "test_database.h"

namespace sammen::testing {
namespace {

TEST(SqliteStoreTest, PutBallotInsertsThenReplaces) {
  TestDatabase t;
  t.plant();
  const auto first = t.ballots->put(t.voter(0), demo_ballot("stranda", {"strandrydding"}), 100);
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first.value().replaced);
  const auto second =
      t.ballots->put(t.voter(0), demo_ballot("stranda", {"kajakkbod", "seniorkafe"}), 200);
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second.value().replaced);

  const auto mine = t.ballots->of_voter(server::demo::kProcessId, t.voter(0)).value();
  ASSERT_TRUE(mine.has_value());
  EXPECT_EQ(mine->ballot.proposal_ids, (std::vector<std::string>{"kajakkbod", "seniorkafe"}));
  EXPECT_EQ(mine->submitted_at, 200);
  EXPECT_EQ(t.ballots->all(server::demo::kProcessId).value().size(), 1u);
}

TEST(SqliteStoreTest, BallotsNeedAVoterOnTheRoll) {
  TestDatabase t;
  t.plant();
  EXPECT_TRUE(t.ballots->on_roll(server::demo::kProcessId, t.voter(0)).value());
  EXPECT_FALSE(t.ballots->on_roll(server::demo::kProcessId, "not-a-hash").value());
  EXPECT_FALSE(t.ballots->put("not-a-hash", demo_ballot("stranda", {"strandrydding"}), 1).ok())
      << "foreign key";
  EXPECT_TRUE(t.ballots->all(server::demo::kProcessId).value().empty());
}

TEST(BallotStore, ListsBallotsByContentNotByVoterOrTime) {
  TestDatabase t;
  t.plant();
  ASSERT_TRUE(t.ballots->put(t.voter(0), demo_ballot("stranda", {"seniorkafe"}), 1).ok());
  ASSERT_TRUE(t.ballots->put(t.voter(1), demo_ballot("stranda", {"kajakkbod"}), 2).ok());
  const std::vector<StoredBallot> all = t.ballots->all(server::demo::kProcessId).value();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].ballot.proposal_ids, std::vector<std::string>{"kajakkbod"});
  EXPECT_EQ(all[0].ballot.process_id, server::demo::kProcessId);
}

TEST(BallotStore, AVoterWithoutABallotHasNone) {
  TestDatabase t;
  t.plant();
  EXPECT_FALSE(t.ballots->of_voter(server::demo::kProcessId, t.voter(1)).value().has_value());
}

}  // namespace
}  // namespace sammen::testing
