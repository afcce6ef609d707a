#include <gtest/gtest.h>

#include <string>

#include "election_builder.h"
#include "sammen/counting/pabulib.h"

namespace sammen::counting {
namespace {

using testing::as_vector;

const char* const kApproval =
    "META\n"
    "key;value\n"
    "description;Test\n"
    "num_projects;3\n"
    "num_votes;3\n"
    "budget;100\n"
    "vote_type;approval\n"
    "max_length;2\n"
    "PROJECTS\n"
    "project_id;cost;name\n"
    "1;60;Park\n"
    "2;50;\"Library; new wing\"\n"
    "3;40;none\n"
    "VOTES\n"
    "voter_id;vote\n"
    "v1;1,2\n"
    "v2;2\n"
    "v3;none\n";

PabulibInstance read_ok(const std::string& text) {
  PabulibReadOptions details;
  details.keep_voter_details = true;
  PabulibResult r = read_pabulib(text, details);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : describe(r.error()));
  if (!r.ok()) return {};
  return std::move(r).value();
}

PabulibError read_error(const std::string& text) {
  PabulibResult r = read_pabulib(text);
  EXPECT_FALSE(r.ok());
  if (r.ok()) return {};
  return r.error();
}

TEST(PabulibReader, ReadsBudgetProjectsAndApprovalBallots) {
  const PabulibInstance i = read_ok(kApproval);
  const Election& e = i.election;
  EXPECT_EQ(e.budget, 100);
  EXPECT_EQ(e.vote_type, VoteType::kApproval);
  ASSERT_EQ(e.projects.size(), 3u);
  EXPECT_EQ(e.projects[1].id, "2");
  EXPECT_EQ(e.projects[1].cost, 50);
  ASSERT_EQ(e.ballots.size(), 3u);
  EXPECT_EQ(as_vector(e.ballots[0].projects), (std::vector<std::int32_t>{0, 1}));
  EXPECT_TRUE(e.ballots[0].points.empty());
  EXPECT_EQ(i.voter_ids[2], "v3");
}

TEST(PabulibReader, ReadsQuotedFieldsWithSemicolons) {
  EXPECT_EQ(read_ok(kApproval).election.projects[1].name, "Library; new wing");
}

TEST(PabulibReader, ReadsDoubledQuotesInsideQuotedFields) {
  std::string text = kApproval;
  text.replace(text.find("\"Library; new wing\""), 19, "\"The \"\"Old\"\" Library\"");
  EXPECT_EQ(read_ok(text).election.projects[1].name, "The \"Old\" Library");
}

TEST(PabulibReader, ReadsNoneAsEmpty) {
  const PabulibInstance i = read_ok(kApproval);
  EXPECT_EQ(i.election.projects[2].name, "");
  EXPECT_TRUE(i.election.ballots[2].projects.empty());
}

TEST(PabulibReader, TakesAByteOrderMarkAndCrlfLineEnds) {
  std::string text = "\xEF\xBB\xBF";
  for (const char c : std::string(kApproval)) {
    if (c == '\n')
      text += "\r\n";
    else
      text += c;
  }
  const PabulibInstance i = read_ok(text);
  EXPECT_EQ(i.election.ballots.size(), 3u);
  EXPECT_EQ(i.meta.front().first, "description");
}

TEST(PabulibReader, ReadsMetaWithoutTheKeyValueHeader) {
  std::string text = kApproval;
  text.erase(text.find("key;value\n"), 10);
  const PabulibInstance i = read_ok(text);
  EXPECT_EQ(i.meta_value("description"), "Test");
  EXPECT_EQ(i.election.budget, 100);
}

TEST(PabulibReader, ReadsBallotLimitsFromMeta) {
  const PabulibInstance i = read_ok(kApproval);
  EXPECT_EQ(i.limits.max_length, 2);
  EXPECT_FALSE(i.limits.min_length.has_value());
}

TEST(PabulibReader, ScalesABudgetWithDecimalsExactly) {
  std::string text = kApproval;
  text.replace(text.find("budget;100"), 10, "budget;969245.38");
  const Election e = read_ok(text).election;
  EXPECT_EQ(e.money_decimals, 2);
  EXPECT_EQ(e.budget, 96924538);
  EXPECT_EQ(e.projects[0].cost, 6000);
}

TEST(PabulibReader, ReadsCumulativePoints) {
  const PabulibInstance i = read_ok(
      "META\nkey;value\nbudget;10\nvote_type;cumulative\nmax_sum_points;5\n"
      "PROJECTS\nproject_id;cost\na;5\nb;5\n"
      "VOTES\nvoter_id;vote;points\n1;a,b;3,2\n2;b;5\n");
  const Election& e = i.election;
  EXPECT_EQ(e.vote_type, VoteType::kCumulative);
  EXPECT_EQ(as_vector(e.ballots[0].points), (std::vector<std::int64_t>{3, 2}));
  EXPECT_EQ(i.limits.max_sum_points, 5);
}

TEST(PabulibReader, ReadsScoringPointsWithDecimalsAndSigns) {
  const Election e = read_ok(
                         "META\nkey;value\nbudget;10\nvote_type;scoring\n"
                         "PROJECTS\nproject_id;cost\na;5\nb;5\n"
                         "VOTES\nvoter_id;vote;points\n1;a,b;-1,2.5\n")
                         .election;
  EXPECT_EQ(e.points_decimals, 1);
  EXPECT_EQ(as_vector(e.ballots[0].points), (std::vector<std::int64_t>{-10, 25}));
}

TEST(PabulibReader, ScalesEveryPointsLimitToTheFinestDecimals) {
  // min_points comes before the key that needs a decimal: it must be scaled too.
  const PabulibInstance i = read_ok(
      "META\nkey;value\nbudget;10\nvote_type;scoring\nmin_points;1\nmax_points;2.5\n"
      "PROJECTS\nproject_id;cost\na;5\n"
      "VOTES\nvoter_id;vote;points\n1;a;2\n");
  EXPECT_EQ(i.election.points_decimals, 1);
  EXPECT_EQ(i.limits.min_points, 10);
  EXPECT_EQ(i.limits.max_points, 25);
  EXPECT_EQ(as_vector(i.election.ballots[0].points), (std::vector<std::int64_t>{20}));
}

TEST(PabulibReader, ReadsNonNumericProjectIds) {
  const PabulibInstance i = read_ok(
      "META\nkey;value\nbudget;10\nvote_type;approval\n"
      "PROJECTS\nproject_id;cost\nL010;5\n007;5\n"
      "VOTES\nvoter_id;vote\n1;007,L010\n");
  EXPECT_EQ(as_vector(i.election.ballots[0].projects), (std::vector<std::int32_t>{1, 0}));
}

TEST(PabulibReader, ReadsPaddedIdsWithAPrefixAndRejectsTheSameNumberUnpadded) {
  const std::string head =
      "META\nkey;value\nbudget;10\nvote_type;approval\n"
      "PROJECTS\nproject_id;cost\nL005;5\nL010;5\n"
      "VOTES\nvoter_id;vote\n";
  EXPECT_EQ(as_vector(read_pabulib(head + "1;L010,L005\n").value().election.ballots[0].projects),
            (std::vector<std::int32_t>{1, 0}));
  EXPECT_EQ(describe(read_error(head + "1;L5\n")),
            "line 11: VOTES: unknown project \"L5\" in column vote");
}

TEST(PabulibReader, DoesNotTakeAnIdWithLeadingZerosForTheNumber) {
  const PabulibError error = read_error(
      "META\nkey;value\nbudget;10\nvote_type;approval\n"
      "PROJECTS\nproject_id;cost\n7;5\n"
      "VOTES\nvoter_id;vote\n1;07\n");
  EXPECT_EQ(describe(error), "line 10: VOTES: unknown project \"07\" in column vote");
}

TEST(PabulibReader, KeepsOrdinalBallotsInPreferenceOrder) {
  const Election e = read_ok(
                         "META\nkey;value\nbudget;10\nvote_type;ordinal\n"
                         "PROJECTS\nproject_id;cost\na;5\nb;5\nc;5\n"
                         "VOTES\nvoter_id;vote;points\n1;c,a,b;3,2,1\n")
                         .election;
  EXPECT_EQ(e.vote_type, VoteType::kOrdinal);
  EXPECT_EQ(as_vector(e.ballots[0].projects), (std::vector<std::int32_t>{2, 0, 1}));
  EXPECT_TRUE(e.ballots[0].points.empty());
}

TEST(PabulibReader, CountsAProjectListedTwiceOnceInABallot) {
  std::string text = kApproval;
  text.replace(text.find("v1;1,2"), 6, "v1;1,2,1");
  EXPECT_EQ(as_vector(read_ok(text).election.ballots[0].projects), (std::vector<std::int32_t>{0, 1}));
}

TEST(PabulibReader, KeepsOtherVoteColumnsWhenAsked) {
  const std::string text =
      "META\nkey;value\nbudget;10\nvote_type;approval\n"
      "PROJECTS\nproject_id;cost\na;5\n"
      "VOTES\nvoter_id;age;vote;sex\n1;33;a;F\n";
  PabulibReadOptions options;
  options.keep_voter_details = true;
  PabulibResult r = read_pabulib(text, options);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().voter_fields[0], (std::vector<std::string>{"33", "F"}));
}

TEST(PabulibReader, NamesTheLineOfAnUnknownProject) {
  std::string text = kApproval;
  text.replace(text.find("v2;2"), 4, "v2;7");
  const PabulibError error = read_error(text);
  EXPECT_EQ(error.line, 17);
  EXPECT_EQ(describe(error), "line 17: VOTES: unknown project \"7\" in column vote");
}

TEST(PabulibReader, NamesTheLineOfACostThatIsNotANumber) {
  std::string text = kApproval;
  text.replace(text.find("1;60;Park"), 9, "1;sixty;Park");
  const PabulibError error = read_error(text);
  EXPECT_EQ(error.line, 11);
  EXPECT_EQ(error.message,
            "PROJECTS: cost of project \"1\" is not a non-negative number: \"sixty\"");
}

TEST(PabulibReader, RejectsANegativeCost) {
  std::string text = kApproval;
  text.replace(text.find("1;60;Park"), 9, "1;-60;Park");
  EXPECT_EQ(read_error(text).line, 11);
}

TEST(PabulibReader, NamesTheLineWherePointsDoNotMatchTheVote) {
  const PabulibError error = read_error(
      "META\nkey;value\nbudget;10\nvote_type;cumulative\n"
      "PROJECTS\nproject_id;cost\na;5\nb;5\n"
      "VOTES\nvoter_id;vote;points\n1;a,b;3\n");
  EXPECT_EQ(error.line, 11);
  EXPECT_EQ(error.message, "VOTES: 2 projects in vote but 1 numbers in points");
}

TEST(PabulibReader, NamesTheLineWhereAQuotedFieldWasOpenedAndNeverClosed) {
  std::string text = kApproval;
  text.replace(text.find("3;40;none"), 9, "3;40;\"none");
  const PabulibError error = read_error(text);
  EXPECT_EQ(error.line, 13);
  EXPECT_EQ(error.message, "a quoted field is never closed");
}

TEST(PabulibReader, RejectsAnUnknownVoteType) {
  std::string text = kApproval;
  text.replace(text.find("vote_type;approval"), 18, "vote_type;borda");
  const PabulibError error = read_error(text);
  EXPECT_EQ(error.line, 7);
  EXPECT_EQ(
      error.message,
      "META: unknown vote_type \"borda\" (expected approval, cumulative, scoring or ordinal)");
}

TEST(PabulibReader, RejectsAFileWithoutBudget) {
  std::string text = kApproval;
  text.erase(text.find("budget;100\n"), 11);
  EXPECT_EQ(describe(read_error(text)), "META has no budget");
}

TEST(PabulibReader, RejectsADuplicateProjectId) {
  std::string text = kApproval;
  text.replace(text.find("3;40;none"), 9, "2;40;none");
  const PabulibError error = read_error(text);
  EXPECT_EQ(error.line, 13);
  EXPECT_EQ(error.message, "PROJECTS: project id \"2\" appears twice");
}

TEST(PabulibReader, RejectsARowWithMoreFieldsThanTheHeader) {
  std::string text = kApproval;
  text.replace(text.find("1;60;Park"), 9, "1;60;Park;extra");
  EXPECT_EQ(read_error(text).message, "PROJECTS: 4 fields but the header has 3 columns");
}

TEST(PabulibReader, RejectsAProjectsHeaderWithoutCost) {
  std::string text = kApproval;
  text.replace(text.find("project_id;cost;name"), 20, "project_id;price;name");
  const PabulibError error = read_error(text);
  EXPECT_EQ(error.line, 10);
  EXPECT_EQ(error.message, "PROJECTS: the header has no cost column");
}

TEST(PabulibReader, RejectsVotesBeforeProjects) {
  const PabulibError error =
      read_error("META\nkey;value\nbudget;10\nvote_type;approval\nVOTES\nvoter_id;vote\n");
  EXPECT_EQ(error.message, "VOTES: the PROJECTS section must come before VOTES");
}

// Without details, plain VOTES lines take a fast path; with them, the general
// one. Both must read every file alike.
TEST(PabulibReader, ReadsTheSameBallotsOnTheFastAndTheGeneralPath) {
  const std::string files[] = {
      kApproval,
      "META\r\nkey;value\r\nbudget;10\r\nvote_type;cumulative\r\n"
      "PROJECTS\r\nproject_id;cost\r\nL1;5\r\nL2;5\r\n"
      "VOTES\r\nvoter_id;vote;points\r\n1; L1 , L2 ;3,2\r\n\r\n2;\"L2\";5\r\n3;L2,L2;1,4\r\n4;;\r\n",
      "META\nkey;value\nbudget;10\nvote_type;approval\n"
      "PROJECTS\nproject_id;cost\n1;5\n2;5\n"
      "VOTES\nvote\n1,2\n\n2\n;\nnone\n",
  };
  for (const std::string& text : files) {
    const PabulibResult fast = read_pabulib(text);
    PabulibReadOptions details;
    details.keep_voter_details = true;
    const PabulibResult general = read_pabulib(text, details);
    ASSERT_TRUE(fast.ok()) << describe(fast.error());
    ASSERT_TRUE(general.ok()) << describe(general.error());
    const Election& a = fast.value().election;
    const Election& b = general.value().election;
    ASSERT_EQ(a.ballots.size(), b.ballots.size()) << text;
    for (std::size_t i = 0; i < a.ballots.size(); ++i) {
      EXPECT_EQ(as_vector(a.ballots[i].projects), as_vector(b.ballots[i].projects)) << text;
      EXPECT_EQ(as_vector(a.ballots[i].points), as_vector(b.ballots[i].points)) << text;
    }
  }
}

TEST(PabulibReader, KeepsVoterIdsOnlyWithDetails) {
  EXPECT_TRUE(read_pabulib(kApproval).value().voter_ids.empty());
  EXPECT_EQ(read_ok(kApproval).voter_ids.size(), 3u);
}

TEST(PabulibReader, RejectsAnEmptyInputWithoutCrashing) {
  EXPECT_FALSE(read_pabulib("").ok());
  EXPECT_FALSE(read_pabulib("\"").ok());
  EXPECT_FALSE(read_pabulib(";;;\n\n").ok());
}

}  // namespace
}  // namespace sammen::counting
