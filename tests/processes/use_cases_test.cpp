// The processes use cases, without sockets, on a real SQLite file.
#include "processes/use_cases.h"

#include <gtest/gtest.h>

#include "test_database.h"

namespace sammen::testing {
namespace {

namespace processes = server::processes;

class ProcessesUseCases : public ::testing::Test {
 protected:
  ProcessesUseCases() { t_.plant(); }
  const std::string& id() const { return t_.seed().process.id; }

  TestDatabase t_;
  server::VotingGate voting_;
  processes::Stores stores_{*t_.processes, voting_, *t_.audit, t_.db()};
};

TEST_F(ProcessesUseCases, ListGivesTheMunicipalityAndEachProcessAsItStandsNow) {
  const Result<ProcessList> list = processes::list(stores_, kSeedTime + kDay);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list.value().municipality->name, "Elvestad kommune");
  ASSERT_EQ(list.value().processes.size(), 1u);
  EXPECT_EQ(list.value().processes[0].phase, PhaseKind::kVoting);
  EXPECT_TRUE(list.value().processes[0].voting_open);
  EXPECT_EQ(processes::list(stores_, kSeedTime - 60 * kDay).value().processes[0].phase,
            PhaseKind::kIdeas);
}

TEST_F(ProcessesUseCases, ListBeforeAFirstSetupIsEmpty) {
  TestDatabase empty;
  processes::Stores stores{*empty.processes, voting_, *empty.audit, empty.db()};
  const Result<ProcessList> list = processes::list(stores, kSeedTime);
  ASSERT_TRUE(list.ok());
  EXPECT_FALSE(list.value().municipality.has_value());
  EXPECT_TRUE(list.value().processes.empty());
}

TEST_F(ProcessesUseCases, DetailGivesTheProcessWithItsMunicipalityAndState) {
  const Result<ProcessDetail> detail = processes::detail(stores_, id(), kSeedTime + kDay);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail.value().process.id, id());
  EXPECT_EQ(detail.value().municipality.districts.size(), 4u);
  EXPECT_TRUE(detail.value().voting_open);
  EXPECT_EQ(detail.value().now, kSeedTime + kDay);
}

TEST_F(ProcessesUseCases, DetailOfAnUnknownProcessSaysSo) {
  const Result<ProcessDetail> detail = processes::detail(stores_, "nope", kSeedTime);
  EXPECT_EQ(detail.first_problem().code, ErrorCode::kUnknownProcess);
  EXPECT_EQ(detail.first_problem().subject, "nope");
}

TEST_F(ProcessesUseCases, OnlyAnAdministratorClosesVoting) {
  EXPECT_EQ(processes::close_voting(stores_, nobody(), id(), kSeedTime).first_problem().code,
            ErrorCode::kSignInRequired);
  EXPECT_EQ(processes::close_voting(stores_, person_with({Role::kReviewer}), id(), kSeedTime)
                .first_problem()
                .code,
            ErrorCode::kRoleRequired);
  EXPECT_FALSE(t_.processes->find(id()).value()->voting_closed);
}

TEST_F(ProcessesUseCases, ClosingIsRecordedInTheAuditLog) {
  ASSERT_TRUE(processes::close_voting(stores_, administrator(), id(), kSeedTime + kDay).ok());
  const std::vector<AuditEntry> log = t_.audit->page(0, 10).value();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, AuditAction::kCloseVoting);
  EXPECT_EQ(log[0].subject, id());
  EXPECT_EQ(log[0].who.credential, Credential::kInstallationToken);
}

TEST_F(ProcessesUseCases, CloseVotingClosesItForGood) {
  const Result<VotingClosed> closed =
      processes::close_voting(stores_, administrator(), id(), kSeedTime + kDay);
  ASSERT_TRUE(closed.ok());
  EXPECT_FALSE(closed.value().process.voting_open);
  EXPECT_TRUE(t_.processes->find(id()).value()->voting_closed);
  EXPECT_TRUE(processes::close_voting(stores_, administrator(), id(), kSeedTime + kDay).ok())
      << "closing again changes nothing";
}

TEST_F(ProcessesUseCases, ClosingAnUnknownProcessSaysSo) {
  EXPECT_EQ(processes::close_voting(stores_, administrator(), "nope", kSeedTime).first_problem().code,
            ErrorCode::kUnknownProcess);
}

}  // namespace
}  // namespace sammen::testing
