// Publishing a tally marks the process's proposals: a rule of the model.
#include "sammen/results/publication.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen {
namespace {

using testing::two_district_process;

ProposalStatus status_of(const Process& process, const std::string& id) {
  return find_proposal(process, id)->status;
}

TEST(Publication, MarksFundedProposalsSelectedAndTheOthersOnTheBallotNotSelected) {
  const Process process = two_district_process();
  const Process after =
      published(process, tally(process, {{"pb-2027", "sentrum", {"park", "benker"}},
                                         {"pb-2027", "sentrum", {"park"}},
                                         {"pb-2027", "sentrum", {"leksekafe"}}}));
  EXPECT_EQ(status_of(after, "park"), ProposalStatus::kSelected);
  EXPECT_EQ(status_of(after, "benker"), ProposalStatus::kSelected);
  EXPECT_EQ(status_of(after, "leksekafe"), ProposalStatus::kNotSelected);
  EXPECT_EQ(status_of(after, "sykkel"), ProposalStatus::kNotSelected) << "on the ballot, no votes";
}

TEST(Publication, LeavesProposalsThatWereNotOnTheBallotAlone) {
  const Process process = two_district_process();
  EXPECT_EQ(status_of(published(process, tally(process, {})), "skoyte"), ProposalStatus::kRejected);
}

TEST(Publication, ClosesVotingAndMarksTheProcessPublished) {
  const Process process = two_district_process();
  const Process after = published(process, tally(process, {}));
  EXPECT_TRUE(after.voting_closed);
  EXPECT_TRUE(after.result_published);
  EXPECT_FALSE(voting_open(after, 1500));
}

}  // namespace
}  // namespace sammen
