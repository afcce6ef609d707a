// The results use cases, without sockets, on a real SQLite file.
#include "results/use_cases.h"

#include <gtest/gtest.h>

#include "sammen/results/wire.h"
#include "test_database.h"

namespace sammen::testing {
namespace {

namespace results = server::results;

constexpr UnixSeconds kAfterTheVote = kSeedTime + 40 * kDay;

class ResultsUseCases : public ::testing::Test {
 protected:
  ResultsUseCases() {
    t_.plant();
    vote(0, "ostbyen", {"lekeplass-lokkeveien", "dagaktivitet"});
    vote(1, "ostbyen", {"lekeplass-lokkeveien"});
    vote(2, "ostbyen", {"sykling-uten-alder"});
  }
  void vote(std::size_t voter, std::string district, std::vector<std::string> ids) {
    ASSERT_TRUE(t_.ballots
                    ->put(std::string(64, static_cast<char>('a' + voter)),
                          {id(), std::move(district), std::move(ids)})
                    .ok());
  }
  const std::string& id() const { return t_.seed().process.id; }
  Result<PublishedTally> publish() {
    return results::publish(stores_, administrator(), id(), kAfterTheVote, Language::kEnglish);
  }

  TestDatabase t_;
  server::VotingGate voting_;
  results::Stores stores_{*t_.results, *t_.processes, *t_.ballots, t_.db(), voting_, *t_.audit};
};

TEST_F(ResultsUseCases, PublishCountsEveryBallotAndMarksTheProposals) {
  const Result<PublishedTally> published = publish();
  ASSERT_TRUE(published.ok());
  EXPECT_EQ(published.value().tally.ballots, 3);
  EXPECT_EQ(published.value().published_at, kAfterTheVote);
  EXPECT_EQ(published.value().language, Language::kEnglish);
  EXPECT_EQ(published.value().currency, "NOK");
  const Process stored = *t_.processes->find(id()).value();
  EXPECT_TRUE(stored.result_published);
  EXPECT_TRUE(stored.voting_closed);
  EXPECT_EQ(find_proposal(stored, "lekeplass-lokkeveien")->status, ProposalStatus::kSelected);
  EXPECT_EQ(find_proposal(stored, "gaende-skolebuss")->status, ProposalStatus::kNotSelected);
}

TEST_F(ResultsUseCases, PublishingTwiceIsRefused) {
  ASSERT_TRUE(publish().ok());
  EXPECT_EQ(publish().first_problem().code, ErrorCode::kAlreadyPublished);
}

TEST_F(ResultsUseCases, OnlyAnAdministratorPublishes) {
  EXPECT_EQ(results::publish(stores_, nobody(), id(), kAfterTheVote, Language::kEnglish)
                .first_problem()
                .code,
            ErrorCode::kSignInRequired);
  EXPECT_EQ(results::publish(stores_, person_with({Role::kReviewer, Role::kModerator}), id(),
                             kAfterTheVote, Language::kEnglish)
                .first_problem()
                .code,
            ErrorCode::kRoleRequired);
  EXPECT_FALSE(t_.processes->find(id()).value()->result_published);
}

TEST_F(ResultsUseCases, PreviewCountsWithoutPublishingOnceVotingHasClosed) {
  const Result<PublishedTally> early =
      results::preview(stores_, administrator(), id(), kSeedTime + kDay, Language::kEnglish);
  EXPECT_EQ(early.first_problem().code, ErrorCode::kPreviewWhileOpen);
  const Result<PublishedTally> shown =
      results::preview(stores_, administrator(), id(), kAfterTheVote, Language::kEnglish);
  ASSERT_TRUE(shown.ok());
  EXPECT_TRUE(shown.value().preview);
  EXPECT_EQ(shown.value().tally.ballots, 3);
  EXPECT_FALSE(t_.processes->find(id()).value()->result_published);
  EXPECT_FALSE(t_.results->find(id()).value().has_value());
  EXPECT_EQ(t_.audit->page(0, 10).value().at(0).action, AuditAction::kPreviewResult);
}

TEST_F(ResultsUseCases, PreviewIsTheAdministratorsOnly) {
  EXPECT_EQ(results::preview(stores_, person_with({Role::kResident}), id(), kAfterTheVote,
                             Language::kEnglish)
                .first_problem()
                .code,
            ErrorCode::kRoleRequired);
}

TEST_F(ResultsUseCases, APublishThatFailsToStoreLeavesTheProcessAsItWas) {
  const std::string before = t_.dump();
  // Every statement publishing runs, failed in turn: the process and the
  // tally are stored together or not at all.
  for (int n = 1;; ++n) {
    t_.db().fail({.statement = n});
    if (publish().ok()) break;
    EXPECT_EQ(t_.dump(), before) << "statement " << n;
  }
  t_.db().fail({});
  EXPECT_TRUE(t_.results->find(id()).value().has_value());
}

TEST_F(ResultsUseCases, ShowBeforePublishingSaysItIsNotPublished) {
  EXPECT_EQ(results::show(stores_, id(), Language::kDanish).first_problem().code,
            ErrorCode::kResultNotPublished);
  EXPECT_EQ(results::show(stores_, "nope", Language::kDanish).first_problem().code,
            ErrorCode::kUnknownProcess);
}

TEST_F(ResultsUseCases, ShowGivesThePublishedTallyInTheReadersLanguage) {
  const Result<PublishedTally> published = publish();
  ASSERT_TRUE(published.ok());
  const Result<PublishedTally> shown = results::show(stores_, id(), Language::kDanish);
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(Json(shown.value().tally), Json(published.value().tally));
  EXPECT_EQ(shown.value().language, Language::kDanish);
  EXPECT_EQ(shown.value().published_at, kAfterTheVote);
  EXPECT_TRUE(shown.value().process.result_published);
}

}  // namespace
}  // namespace sammen::testing
