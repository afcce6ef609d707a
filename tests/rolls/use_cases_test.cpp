// The rolls use cases, without sockets, on a real SQLite file: import,
// letters whose codes vote, nothing imported from a bad file, the frozen
// roll, and codes used on paper.
#include "rolls/use_cases.h"

#include <gtest/gtest.h>

#include <random>

#include "ballots/use_cases.h"
#include "sammen/rolls/voter_code.h"
#include "test_database.h"
#include "test_process.h"

namespace sammen::testing {
namespace {

namespace rolls = server::rolls;

// Before the demo's vote opens (the demo opens it an hour before kSeedTime).
constexpr UnixSeconds kBeforeVoting = kSeedTime - 2 * 60 * 60;

class RollsUseCases : public ::testing::Test {
 protected:
  RollsUseCases() {
    t_.plant();
    // The demo's vote opened at seeding; move it a day later, so the roll may change.
    Process p = *t_.processes->find(id()).value();
    for (Phase& phase : p.phases) {
      if (phase.kind == PhaseKind::kVoting) phase.starts_at = kSeedTime + kDay / 2;
    }
    p.phases[1].ends_at = kSeedTime + kDay / 2;
    EXPECT_TRUE(t_.processes->save(p).ok());
  }
  const std::string& id() const { return t_.seed().process.id; }

  Result<RollImported> import(std::string_view file, UnixSeconds now = kBeforeVoting,
                              const Actor& actor = administrator()) {
    return rolls::import_roll(stores_, actor, id(), file, now, std::ref(draw_));
  }

  // A ballot cast with `code` on the first day of the vote.
  Result<BallotReceipt> cast(const std::string& code, std::string district,
                             std::vector<std::string> ids) {
    return server::ballots::submit(ballot_stores_,
                                   {"", code, {id(), std::move(district), std::move(ids)}, {}},
                                   "192.0.2.1", kSeedTime + kDay);
  }

  TestDatabase t_;
  server::VotingGate voting_;
  server::credentials::Stores credential_stores_{
      *t_.credentials, *t_.processes, {*t_.ballots, t_.voter_codes(), t_.attempts()}, voting_};
  server::ballots::Committer committer_{*t_.ballots};
  server::ballots::Stores ballot_stores_{*t_.ballots, committer_, *t_.processes,
                                         voting_,     credential_stores_, t_.db()};
  rolls::Stores stores_{*t_.processes, *t_.ballots, *t_.credentials, *t_.rolls,
                        *t_.audit,     t_.db(),     voting_,         t_.voter_codes()};
  std::mt19937 engine_{9};
  std::function<std::uint32_t(std::uint32_t)> draw_ = [this](std::uint32_t below) {
    return std::uniform_int_distribution<std::uint32_t>(0, below - 1)(engine_);
  };
};

constexpr const char* kFile =
    "Navn;Adresse;Født;Bydel\n"
    "Kari Nordmann;Storgata 1;1980;Sentrum\n"
    "Ola Nordmann;Løkkeveien 2;2001;Østbyen\n"
    "Per Hansen;Elvevei 3;1950;Strandå\n";

TEST_F(RollsUseCases, ImportGivesEveryoneACodeAndALetter) {
  const Result<RollImported> imported = import(kFile);
  ASSERT_TRUE(imported.ok()) << sentence(imported.first_problem(), Language::kEnglish);
  ASSERT_EQ(imported.value().letters.size(), 3u);
  const Letter& kari = imported.value().letters[0];
  EXPECT_EQ(kari.name, "Kari Nordmann");
  EXPECT_EQ(kari.district, "Sentrum");
  EXPECT_TRUE(voter_code_checks_out(kari.code));
  EXPECT_EQ(imported.value().summary.voters, 3);
  EXPECT_EQ(imported.value().summary.lines, 3);
  EXPECT_EQ(t_.ballots->roll_counts(id()).value().voters, 3) << "the demo's voters are replaced";
}

TEST_F(RollsUseCases, AGeneratedCodeVotesInItsVotersDistrictOnly) {
  const Result<RollImported> imported = import(kFile);
  ASSERT_TRUE(imported.ok());
  const std::string code = imported.value().letters[1].code;  // Ola, Østbyen
  EXPECT_EQ(cast(code, "sentrum", {"leksekafe"}).first_problem().code,
            ErrorCode::kNotYourDistrict);
  EXPECT_TRUE(cast(code, "ostbyen", {"gaende-skolebuss"}).ok());
}

TEST_F(RollsUseCases, ABadFileImportsNothing) {
  const std::string before = t_.dump();
  const Result<RollImported> imported =
      import("Navn;Adresse;Født;Bydel\nKari;Storgata 1;1980;Sentrum\nOla;;2001;Atlantis\n");
  ASSERT_FALSE(imported.ok());
  EXPECT_EQ(codes_of(imported.problems()),
            (std::vector{ErrorCode::kRollFieldEmpty}));
  EXPECT_EQ(t_.dump(), before);
}

TEST_F(RollsUseCases, LeavesOutWhoTheEligibilityDoesNotTake) {
  Process p = *t_.processes->find(id()).value();
  p.eligibility = {18, 0, {"sentrum", "ostbyen"}};
  ASSERT_TRUE(t_.processes->save(p).ok());
  const Result<RollImported> imported =
      import("Navn;Adresse;Født;Bydel\nA;B;1980;Sentrum\nC;D;2020;Sentrum\nE;F;1980;Strandå\n");
  ASSERT_TRUE(imported.ok());
  EXPECT_EQ(imported.value().summary.voters, 1);
  EXPECT_EQ(imported.value().summary.left_out.too_young, 1);
  EXPECT_EQ(imported.value().summary.left_out.outside_districts, 1);
  EXPECT_EQ(t_.rolls->find(id()).value()->eligibility_key, "18-0|ostbyen,sentrum");
}

TEST_F(RollsUseCases, TheRollIsFrozenOnceVotingOpens) {
  const Result<RollImported> late = import(kFile, kSeedTime + kDay);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.first_problem().code, ErrorCode::kFrozen);
  EXPECT_EQ(sentence(late.first_problem(), Language::kEnglish),
            "Voting has opened, so no one may change the voter roll any more: the outcome must "
            "follow the rules the voters were given.");
}

TEST_F(RollsUseCases, OnlyAnAdministratorImportsOrReadsTheRoll) {
  EXPECT_EQ(import(kFile, kBeforeVoting, nobody()).first_problem().code,
            ErrorCode::kSignInRequired);
  EXPECT_EQ(import(kFile, kBeforeVoting, person_with({Role::kReviewer})).first_problem().code,
            ErrorCode::kRoleRequired);
  EXPECT_EQ(rolls::roll_summary(stores_, person_with({Role::kResident}), id()).first_problem().code,
            ErrorCode::kRoleRequired);
}

TEST_F(RollsUseCases, TheSummaryCountsCodesUsedOnPaper) {
  EXPECT_EQ(rolls::roll_summary(stores_, administrator(), id()).first_problem().code,
            ErrorCode::kNotFound);
  const Result<RollImported> imported = import(kFile);
  ASSERT_TRUE(imported.ok());
  ASSERT_TRUE(rolls::mark_used_on_paper(stores_, administrator(), id(),
                                        {imported.value().letters[0].code}, kSeedTime + kDay)
                  .ok());
  const Result<RollSummary> summary = rolls::roll_summary(stores_, administrator(), id());
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary.value().voters, 3);
  EXPECT_EQ(summary.value().used_on_paper, 1);
  EXPECT_EQ(summary.value().census.total, 3);
}

TEST_F(RollsUseCases, ACodeUsedOnPaperCannotVoteOnlineNorBeMarkedTwice) {
  const Result<RollImported> imported = import(kFile);
  ASSERT_TRUE(imported.ok());
  const std::string code = imported.value().letters[0].code;  // Kari, Sentrum
  const auto mark = [&] {
    return rolls::mark_used_on_paper(stores_, administrator(), id(), {code}, kSeedTime + kDay);
  };
  ASSERT_TRUE(mark().ok());
  EXPECT_EQ(mark().first_problem().code, ErrorCode::kAlreadyUsedOnPaper);
  EXPECT_EQ(cast(code, "sentrum", {"leksekafe"}).first_problem().code, ErrorCode::kCodeUsedOnPaper);
}

TEST_F(RollsUseCases, ACodeThatVotedOnlineCannotBeMarkedUsedOnPaper) {
  const Result<RollImported> imported = import(kFile);
  ASSERT_TRUE(imported.ok());
  const std::string code = imported.value().letters[0].code;
  ASSERT_TRUE(cast(code, "sentrum", {"leksekafe"}).ok());
  EXPECT_EQ(rolls::mark_used_on_paper(stores_, administrator(), id(), {code}, kSeedTime + kDay)
                .first_problem()
                .code,
            ErrorCode::kVotedOnline);
  EXPECT_EQ(rolls::mark_used_on_paper(stores_, administrator(), id(), {"AAAAA-AAAAA-AAAAA"},
                                      kSeedTime + kDay)
                .first_problem()
                .code,
            ErrorCode::kVoterCodeUnknown);
}

TEST_F(RollsUseCases, ImportAndPaperMarksAreInTheAuditLog) {
  const Result<RollImported> imported = import(kFile);
  ASSERT_TRUE(imported.ok());
  ASSERT_TRUE(rolls::mark_used_on_paper(stores_, administrator(), id(),
                                        {imported.value().letters[0].code}, kSeedTime + kDay)
                  .ok());
  const std::vector<AuditEntry> log = t_.audit->page(0, 10).value();
  ASSERT_EQ(log.size(), 2u);
  EXPECT_EQ(log[0].action, AuditAction::kMarkUsedOnPaper);
  EXPECT_EQ(log[0].details.find(imported.value().letters[0].code), std::string::npos)
      << "the log never holds a code";
  EXPECT_EQ(log[1].action, AuditAction::kImportRoll);
  EXPECT_EQ(log[1].details, "{\"lines\":3,\"voters\":3}");
}

}  // namespace
}  // namespace sammen::testing
