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
    {"save_municipality", true,
     [](TestDatabase& t) {
       Municipality m = t.seed().municipality;
       m.name = "Elvestad bykommune";
       m.languages = {Language::kNorwegianBokmal, Language::kEnglish};
       m.districts.pop_back();  // stranda: no process or person refers to it here
       m.districts.push_back({"vest", "Vest"});
       return t.processes->save_municipality(m);
     },
     [](TestDatabase& t) {
       Process p = t.seed().process;
       std::erase_if(p.budgets, [](const DistrictBudget& b) { return b.district_id == "stranda"; });
       std::erase_if(p.proposals, [](const Proposal& pr) { return pr.district_id == "stranda"; });
       ASSERT_TRUE(t.processes->save(p).ok());
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
       p.translations = {{Language::kEnglish, "Citizens' budget 2027", ""}};
       p.eligibility = {16, 0, {"sentrum"}};
       p.counting_rule = counting::Rule::kEqualShares;
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
