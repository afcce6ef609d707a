// The published ballots as a Pabulib file: read back by the counting
// engine's reader, each ballot under its mark, with its district.
#include "sammen/ballots/ballot_file.h"

#include <gtest/gtest.h>

#include "sammen/counting/pabulib.h"

namespace sammen {
namespace {

Process two_districts() {
  Process p;
  p.id = "pb";
  p.title = "Budsjett";
  p.budgets = {{"nord", 100'00}, {"sor", 50'00}};
  p.proposals = {Proposal{}, Proposal{}, Proposal{}};
  p.proposals[0].id = "a";
  p.proposals[0].district_id = "nord";
  p.proposals[0].cost = 60'00;
  p.proposals[1].id = "b";
  p.proposals[1].district_id = "nord";
  p.proposals[1].cost = 40'00;
  p.proposals[2].id = "c";
  p.proposals[2].district_id = "sor";
  p.proposals[2].cost = 50'00;
  return p;
}

TEST(BallotFile, ReadsBackAsPabulibWithEveryBallotUnderItsMark) {
  const std::string file = ballots_pabulib(two_districts(), "Fjordby",
                                           {{{"pb", "nord", {"a", "b"}}, std::string(64, '1')},
                                            {{"pb", "sor", {"c"}}, std::string(64, '2')}});
  counting::PabulibReadOptions options;
  options.keep_voter_details = true;
  const counting::PabulibResult read = counting::read_pabulib(file, options);
  ASSERT_TRUE(read.ok()) << counting::describe(read.error()) << "\n" << file;
  const counting::PabulibInstance& instance = read.value();
  EXPECT_EQ(instance.election.projects.size(), 3u);
  EXPECT_EQ(instance.election.ballots.size(), 2u);
  EXPECT_EQ(instance.meta_value("budget"), "150") << "kroner, from øre";
  ASSERT_EQ(instance.voter_ids.size(), 2u);
  EXPECT_EQ(instance.voter_ids[0], std::string(64, '1'));
  EXPECT_EQ(instance.voter_fields[1], std::vector<std::string>{"sor"});
  EXPECT_EQ(instance.meta_value("instance"), "pb");
  EXPECT_EQ(instance.meta_value("unit"), "Fjordby");
}

TEST(BallotFile, HasNoTimesAndTheSameBytesForTheSameBallots) {
  const std::vector<StoredBallot> ballots = {{{"pb", "nord", {"a"}}, std::string(64, '1')}};
  const std::string file = ballots_pabulib(two_districts(), "Fjordby", ballots);
  EXPECT_EQ(file, ballots_pabulib(two_districts(), "Fjordby", ballots));
  EXPECT_EQ(file.find("submitted"), std::string::npos);
  EXPECT_EQ(file.find("_at"), std::string::npos);
}

}  // namespace
}  // namespace sammen
