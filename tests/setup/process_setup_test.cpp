// Process settings: every problem at once, and what voting freezes.
#include "sammen/setup/process_setup.h"

#include <gtest/gtest.h>

#include "sammen/core/error_table.h"
#include "sammen/setup/freeze.h"
#include "test_process.h"

namespace sammen::testing {
namespace {

const Municipality kTown{"town", "Elvestad", "NOK", {{"sentrum", "Sentrum"}, {"ostbyen", "Østbyen"}}};


TEST(ProcessSettings, ANewProcessTakesItsSettingsAndHasNoProposals) {
  ProcessSettings s = settings_of(two_district_process());
  s.id = "ny-prosess";
  const Result<Process> p = new_process(s, kTown, {"pb-2027"});
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value().id, "ny-prosess");
  EXPECT_TRUE(p.value().proposals.empty());
  EXPECT_EQ(p.value().budgets.size(), 2u);
}

TEST(ProcessSettings, ANewProcessNeedsAFreeValidId) {
  ProcessSettings s = settings_of(two_district_process());
  s.id = "pb-2027";
  EXPECT_EQ(new_process(s, kTown, {"pb-2027"}).first_problem().code, ErrorCode::kDuplicateId);
  s.id = "Nytt Budsjett!";
  EXPECT_EQ(new_process(s, kTown, {}).first_problem().code, ErrorCode::kBadId);
}

TEST(ProcessSettings, ReportsEveryProblemNamingItsField) {
  ProcessSettings s = settings_of(two_district_process());
  s.title = " ";
  s.ballot.min_spend_percent = 120;
  s.phases[2].ends_at = s.phases[2].starts_at;      // voting ends as it starts
  s.budgets.push_back({"atlantis", 1});              // no such district
  s.budgets.push_back({"sentrum", 1});               // twice
  s.budgets[1].budget = -5;
  s.eligibility = {20, 13, {"nowhere"}};
  const std::vector<Problem> problems = validate_settings(s, kTown);
  using E = ErrorCode;
  EXPECT_EQ(codes_of(problems),
            (std::vector{E::kFieldEmpty, E::kOutOfRange, E::kBadPhases, E::kNegativeAmount,
                         E::kSetupUnknownDistrict, E::kDuplicateId, E::kOutOfRange,
                         E::kDistrictNotInProcess}));
  EXPECT_EQ(problems[2].subject, "phases[2]");
  EXPECT_EQ(sentence(problems[2], Language::kEnglish),
            "Phase 3 must end after it starts, and start no earlier than the phase before it ends.");
  EXPECT_EQ(problems[6].subject, "eligibility.max_age");
}

// The test process's settings with every one that decides the outcome changed.
ProcessSettings outcome_changed() {
  ProcessSettings s = settings_of(two_district_process());
  s.budgets[0].budget += 1;
  s.ballot.format = BallotFormat::kApproval;
  s.counting_rule = counting::Rule::kEqualShares;
  s.rung = Rung::kInvolve;
  s.eligibility.min_age = 16;
  s.phases[2].starts_at += 1;
  return s;
}

TEST(Freeze, NothingIsFrozenBeforeVotingOpens) {
  EXPECT_TRUE(
      with_settings(two_district_process(), outcome_changed(), kTown, kBeforeTheVote).ok());
}

TEST(Freeze, EverySettingThatDecidesTheOutcomeIsRefusedOnceVotingOpens) {
  const Process before = two_district_process();
  const ProcessSettings s = outcome_changed();
  const Result<Process> after = with_settings(before, s, kTown, kDuringTheVote);
  ASSERT_FALSE(after.ok());
  std::vector<std::string> settings;
  for (const Problem& p : after.problems()) {
    EXPECT_EQ(p.code, ErrorCode::kFrozen);
    settings.push_back(p.subject);
  }
  EXPECT_EQ(settings, (std::vector<std::string>{"budgets", "ballot", "counting_rule", "rung",
                                                "eligibility", "voting_phase"}));
  EXPECT_EQ(sentence(after.problems()[0], Language::kEnglish),
            "Voting has opened, so no one may change the budgets any more: the outcome must "
            "follow the rules the voters were given.");
  EXPECT_EQ(sentence(after.problems()[2], Language::kNorwegianBokmal),
            "Avstemningen er åpnet, så ingen kan endre tellemåten lenger: utfallet må følge "
            "reglene velgerne fikk.");
}

TEST(Freeze, TitlesDescriptionsAndLaterPhasesStayEditable) {
  const Process before = two_district_process();
  ProcessSettings s = settings_of(before);
  s.title = "Innbyggerbudsjett 2027 (rettet)";
  s.translations = {{Language::kEnglish, "Citizens' budget 2027", "Read on."}};
  s.phases[3].ends_at += 500;  // the results phase
  const Result<Process> after = with_settings(before, s, kTown, kDuringTheVote);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after.value().title, "Innbyggerbudsjett 2027 (rettet)");
  EXPECT_EQ(localized(after.value(), Language::kEnglish).title, "Citizens' budget 2027");
  EXPECT_EQ(localized(after.value(), Language::kDanish).title, "Innbyggerbudsjett 2027 (rettet)");
}

TEST(Freeze, AClosedOrPublishedVoteStaysFrozen) {
  Process p = two_district_process();
  p.voting_closed = true;
  EXPECT_TRUE(settings_frozen(p, kBeforeTheVote));
  EXPECT_FALSE(roll_frozen(two_district_process(), kBeforeTheVote).size());
  EXPECT_EQ(roll_frozen(p, kBeforeTheVote).at(0).subject, "roll");
}

TEST(EligibilityKey, NamesTheAgesAndTheDistrictsThatTakePart) {
  Process p = two_district_process();
  EXPECT_EQ(eligibility_key(p), "0-0|ostbyen,sentrum");
  p.eligibility = {13, 19, {"sentrum"}};
  EXPECT_EQ(eligibility_key(p), "13-19|sentrum");
}

}  // namespace
}  // namespace sammen::testing
