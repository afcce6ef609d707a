// Every method of the processes store, failing through the database's hook.
#include "faults.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

Process second_process(const TestDatabase& t) {
  Process p = t.seed().process;
  p.id = "second";
  for (Proposal& proposal : p.proposals) proposal.id += "-2";
  return p;
}

const StoreMethod kMethods[] = {
    {"municipality", false, [](TestDatabase& t) { return status_of(t.processes->municipality()); }},
    {"add_municipality", true,
     [](TestDatabase& t) {
       return t.processes->add_municipality({"other", "Annen kommune", "NOK", {{"midt", "Midt"}}});
     }},
    {"all", false, [](TestDatabase& t) { return status_of(t.processes->all()); }},
    {"find", false,
     [](TestDatabase& t) { return status_of(t.processes->find(t.seed().process.id)); }},
    {"add", true, [](TestDatabase& t) { return t.processes->add(second_process(t)); }},
    {"save", true,
     [](TestDatabase& t) {
       Process p = t.seed().process;
       p.voting_closed = true;
       p.proposals[0].status = ProposalStatus::kSelected;
       return t.processes->save(p);
     }},
};

class ProcessStoreFaults : public ::testing::TestWithParam<StoreMethod> {};

TEST_P(ProcessStoreFaults, FailsCleanlyAndRecovers) {
  expect_fails_cleanly(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Processes, ProcessStoreFaults, ::testing::ValuesIn(kMethods), method_name);

}  // namespace
}  // namespace sammen::testing
