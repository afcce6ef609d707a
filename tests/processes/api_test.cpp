// Reading processes from the real server over loopback.
#include "sammen/processes/wire.h"
#include "server_fixture.h"

namespace sammen::testing {
namespace {

using RequestsApi = ServerTest;

TEST_F(RequestsApi, ListsTheSeededDemoProcess) {
  const httplib::Result r = get("/api/v1/processes");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const Json j = body(r);
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["municipality"]["name"], "Elvestad kommune");
  EXPECT_EQ(j["municipality"]["currency"], "NOK");
  ASSERT_EQ(j["processes"].size(), 1u);
  EXPECT_EQ(j["processes"][0]["id"], "innbyggerbudsjett-2027");
  EXPECT_EQ(j["processes"][0]["title"], "Innbyggerbudsjett 2027");
  EXPECT_EQ(j["processes"][0]["rung"], "co_decide");
  EXPECT_EQ(j["processes"][0]["phase"], "voting");
  EXPECT_EQ(j["processes"][0]["voting_open"], true);
}

TEST_F(RequestsApi, ShowsTheDemoProcessWithEveryDistrictOverBudget) {
  const httplib::Result r = get(kDemoProcess);
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  const Result<ProcessDetail> detail = decode<ProcessDetail>(body(r));
  ASSERT_TRUE(detail.ok());
  const Process& p = detail.value().process;
  EXPECT_TRUE(detail.value().voting_open);
  EXPECT_EQ(detail.value().phase, PhaseKind::kVoting);
  ASSERT_EQ(detail.value().municipality.districts.size(), 4u);
  EXPECT_EQ(detail.value().municipality.districts[1].name, "Østbyen");
  EXPECT_EQ(p.ballot.format, BallotFormat::kKnapsack);
  EXPECT_GE(p.proposals.size(), 18u);
  for (const DistrictBudget& budget : p.budgets) {
    Money total = 0;
    int count = 0;
    for (const Proposal& proposal : p.proposals) {
      if (proposal.district_id != budget.district_id) continue;
      total += proposal.cost;
      ++count;
      EXPECT_EQ(proposal.status, ProposalStatus::kAccepted);
    }
    EXPECT_GT(total, budget.budget) << budget.district_id << ": choices must matter";
    EXPECT_GE(count, 4) << budget.district_id;
  }
}

}  // namespace
}  // namespace sammen::testing
