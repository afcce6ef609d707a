// The setup use cases, without sockets, on a real SQLite file: an empty
// store filled by an administrator, each change in the audit log.
#include "setup/use_cases.h"

#include <gtest/gtest.h>

#include "test_database.h"
#include "test_process.h"

namespace sammen::testing {
namespace {

namespace setup = server::setup;

constexpr UnixSeconds kNow = kSeedTime;

Municipality fjordby_town() {
  return {"fjordby", "Fjordby kommune", "NOK", {{"nord", "Nord"}, {"sor", "Sør"}}};
}

ProcessSettings budget(UnixSeconds voting_starts) {
  ProcessSettings s;
  s.id = "budsjett";
  s.title = "Innbyggerbudsjett";
  s.phases = {{PhaseKind::kIdeas, voting_starts - 100, voting_starts},
              {PhaseKind::kVoting, voting_starts, voting_starts + kDay}};
  s.budgets = {{"nord", kroner(1'000'000)}, {"sor", kroner(500'000)}};
  return s;
}

class SetupUseCases : public ::testing::Test {
 protected:
  TestDatabase t_;
  server::VotingGate voting_;
  setup::Stores stores_{*t_.processes, *t_.people, *t_.ballots, *t_.rolls,
                        *t_.audit,     t_.db(),     voting_};
};

TEST_F(SetupUseCases, AnAdministratorFillsAnEmptyStore) {
  ASSERT_TRUE(setup::set_municipality(stores_, administrator(), fjordby_town(), kNow).ok());
  const Result<ProcessDetail> created =
      setup::create_process(stores_, administrator(), budget(kNow + kDay), kNow);
  ASSERT_TRUE(created.ok());
  EXPECT_EQ(created.value().municipality.name, "Fjordby kommune");
  const Result<ProcessDetail> with_proposal = setup::add_proposal(
      stores_, administrator(), "budsjett",
      {"park", "nord", "Park", "", kroner(300'000), ProductionForm::kCoProduction,
       ProposalStatus::kAccepted},
      kNow);
  ASSERT_TRUE(with_proposal.ok());
  const Process stored = *t_.processes->find("budsjett").value();
  ASSERT_EQ(stored.proposals.size(), 1u);
  EXPECT_EQ(stored.proposals[0].title, "Park");
  const std::vector<AuditEntry> log = t_.audit->page(0, 10).value();
  ASSERT_EQ(log.size(), 3u);
  EXPECT_EQ(log[2].action, AuditAction::kSetMunicipality);
  EXPECT_EQ(log[1].action, AuditAction::kCreateProcess);
  EXPECT_EQ(log[0].action, AuditAction::kAddProposal);
  EXPECT_NE(log[0].details.find("\"cost\":30000000"), std::string::npos) << log[0].details;
}

TEST_F(SetupUseCases, AProcessNeedsTheMunicipalityFirst) {
  EXPECT_EQ(setup::create_process(stores_, administrator(), budget(kNow + kDay), kNow)
                .first_problem()
                .code,
            ErrorCode::kNoMunicipality);
}

TEST_F(SetupUseCases, ChangingTheMunicipalityKeepsDistrictsInUse) {
  ASSERT_TRUE(setup::set_municipality(stores_, administrator(), fjordby_town(), kNow).ok());
  ASSERT_TRUE(setup::create_process(stores_, administrator(), budget(kNow + kDay), kNow).ok());
  Municipality only_nord = fjordby_town();
  only_nord.districts.pop_back();
  EXPECT_EQ(setup::set_municipality(stores_, administrator(), only_nord, kNow)
                .first_problem()
                .code,
            ErrorCode::kDistrictInUse);
  Municipality renamed = fjordby_town();
  renamed.districts[1].name = "Sør-Fjordby";
  renamed.districts.push_back({"vest", "Vest"});
  ASSERT_TRUE(setup::set_municipality(stores_, administrator(), renamed, kNow).ok());
  EXPECT_EQ(t_.processes->municipality().value()->districts.size(), 3u);
}

TEST_F(SetupUseCases, AFrozenSettingIsRefusedAndNothingIsStored) {
  ASSERT_TRUE(setup::set_municipality(stores_, administrator(), fjordby_town(), kNow).ok());
  ASSERT_TRUE(setup::create_process(stores_, administrator(), budget(kNow - 10), kNow).ok());
  const std::string before = t_.dump();
  ProcessSettings richer = budget(kNow - 10);
  richer.budgets[0].budget *= 2;
  const Result<ProcessDetail> r =
      setup::change_process(stores_, administrator(), "budsjett", richer, kNow);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.first_problem().code, ErrorCode::kFrozen);
  EXPECT_EQ(r.first_problem().subject, "budgets");
  EXPECT_EQ(t_.dump(), before);
}

TEST_F(SetupUseCases, OpeningNeedsARollThatFitsTheEligibility) {
  ASSERT_TRUE(setup::set_municipality(stores_, administrator(), fjordby_town(), kNow).ok());
  ASSERT_TRUE(setup::create_process(stores_, administrator(), budget(kNow + kDay), kNow).ok());
  ASSERT_TRUE(setup::add_proposal(stores_, administrator(), "budsjett",
                                  {"park", "nord", "Park", "", 1, ProductionForm::kMunicipal,
                                   ProposalStatus::kAccepted},
                                  kNow)
                  .ok());
  EXPECT_EQ(setup::open_voting(stores_, administrator(), "budsjett", kNow).first_problem().code,
            ErrorCode::kRollMissing);
  ASSERT_TRUE(t_.ballots->replace_roll("budsjett", {{"hash", "nord", std::nullopt}}).ok());
  ASSERT_TRUE(t_.rolls->put({{"budsjett", kNow, 1, 1, {}, 0, {}}, "18-0|nord,sor"}).ok());
  EXPECT_EQ(setup::open_voting(stores_, administrator(), "budsjett", kNow).first_problem().code,
            ErrorCode::kRollStale);
  ASSERT_TRUE(t_.rolls->put({{"budsjett", kNow, 1, 1, {}, 0, {}}, "0-0|nord,sor"}).ok());
  const Result<VotingOpened> opened =
      setup::open_voting(stores_, administrator(), "budsjett", kNow);
  ASSERT_TRUE(opened.ok());
  EXPECT_TRUE(opened.value().process.voting_open);
  EXPECT_EQ(t_.audit->page(0, 1).value().at(0).action, AuditAction::kOpenVoting);
}

TEST_F(SetupUseCases, OnlyAnAdministratorSetsUp) {
  for (const Actor& who : {nobody(), person_with({Role::kReviewer, Role::kModerator})}) {
    EXPECT_FALSE(setup::set_municipality(stores_, who, fjordby_town(), kNow).ok());
    EXPECT_FALSE(setup::create_process(stores_, who, budget(kNow + kDay), kNow).ok());
  }
  EXPECT_FALSE(t_.processes->municipality().value().has_value());
  EXPECT_TRUE(t_.audit->page(0, 10).value().empty());
}

}  // namespace
}  // namespace sammen::testing
