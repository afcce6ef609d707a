#include <gtest/gtest.h>

#include <string>

#include "election_builder.h"
#include "sammen/counting/greedy.h"
#include "sammen/counting/pabulib.h"

namespace sammen::counting {
namespace {

using testing::as_vector;

std::vector<std::string> texts(const TextList& list) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < list.size(); ++i) out.emplace_back(list[i]);
  return out;
}

const char* const kFile =
    "META\nkey;value\ndescription;\"A \"\"quoted\"\"; "
    "description\"\nbudget;100.5\nvote_type;cumulative\n"
    "PROJECTS\nproject_id;cost;name;selected\n1;70;Park;0\n2;40.25;\"Library; new\";0\n"
    "VOTES\nvoter_id;age;vote;points\nv1;33;1,2;2,1\nv2;none;2;3\n";

PabulibInstance read(const std::string& text, bool details = false) {
  PabulibReadOptions options;
  options.keep_voter_details = details;
  PabulibResult r = read_pabulib(text, options);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : describe(r.error()));
  return r.ok() ? std::move(r).value() : PabulibInstance{};
}

void expect_same_election(const Election& a, const Election& b) {
  EXPECT_EQ(a.budget, b.budget);
  EXPECT_EQ(a.money_decimals, b.money_decimals);
  EXPECT_EQ(a.vote_type, b.vote_type);
  ASSERT_EQ(a.projects.size(), b.projects.size());
  for (std::size_t p = 0; p < a.projects.size(); ++p) {
    EXPECT_EQ(a.projects[p].id, b.projects[p].id);
    EXPECT_EQ(a.projects[p].name, b.projects[p].name);
    EXPECT_EQ(a.projects[p].cost, b.projects[p].cost);
  }
  ASSERT_EQ(a.ballots.size(), b.ballots.size());
  for (std::size_t i = 0; i < a.ballots.size(); ++i) {
    EXPECT_EQ(as_vector(a.ballots[i].projects), as_vector(b.ballots[i].projects));
    EXPECT_EQ(as_vector(a.ballots[i].points), as_vector(b.ballots[i].points));
  }
}

TEST(PabulibWriter, WritesAFileThatReadsBackToTheSameElection) {
  const PabulibInstance first = read(kFile, true);
  const PabulibInstance second = read(write_pabulib(first), true);
  expect_same_election(first.election, second.election);
  EXPECT_EQ(second.meta_value("description"), "A \"quoted\"; description");
  EXPECT_EQ(texts(second.voter_ids), texts(first.voter_ids));
  EXPECT_EQ(second.voter_fields, first.voter_fields);
}

TEST(PabulibWriter, WritesDecimalMoneyInCurrencyUnits) {
  const std::string text = write_pabulib(read(kFile));
  EXPECT_NE(text.find("budget;100.5\n"), std::string::npos);
  EXPECT_NE(text.find("2;40.25;"), std::string::npos);
}

TEST(PabulibWriter, FillsTheSelectedColumnFromAnOutcome) {
  const PabulibInstance i = read(kFile);
  const Outcome o = greedy(i.election, Utility::kCost, TieBreak::kLexicographic);
  const PabulibInstance back = read(write_pabulib(i, o));
  EXPECT_EQ(back.project_fields[0][3], "0");  // 1 (70) no longer fits after 2 (40.25)
  EXPECT_EQ(back.project_fields[1][3], "1");
}

TEST(PabulibWriter, WritesThePlatformsOwnElections) {
  Election e;
  e.budget = 1000;
  e.projects = {{"p1", "Benches", 300}, {"p2", "Lights", 800}};
  e.ballots = {{{0, 1}, {}}, {{1}, {}}};
  const PabulibInstance back = read(write_pabulib(pabulib_instance(e, "Youth budget")), true);
  expect_same_election(e, back.election);
  EXPECT_EQ(texts(back.voter_ids), (std::vector<std::string>{"1", "2"}));
}

}  // namespace
}  // namespace sammen::counting
