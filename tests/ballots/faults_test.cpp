// Every method of the ballots store, failing through the database's hook.
#include "faults.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

void put_one(TestDatabase& t) {
  ASSERT_TRUE(t.ballots->put(std::string(64, 'a'), demo_ballot("stranda", {"kajakkbod"})).ok());
}

const StoreMethod kMethods[] = {
    {"on_roll", false,
     [](TestDatabase& t) {
       return status_of(t.ballots->on_roll(server::demo::kProcessId, t.voter(0)));
     }},
    {"add_voters", true,
     [](TestDatabase& t) {
       return t.ballots->add_voters(server::demo::kProcessId, {"hash-a", "hash-b"});
     }},
    {"put", true,
     [](TestDatabase& t) {
       return status_of(
           t.ballots->put(std::string(64, 'b'), demo_ballot("stranda", {"badebrygge"})));
     }},
    {"put_all", true,
     [](TestDatabase& t) {
       return status_of(
           t.ballots->put_all({{std::string(64, 'b'), demo_ballot("stranda", {"badebrygge"})},
                               {std::string(64, 'c'), demo_ballot("stranda", {"kajakkbod"})},
                               {std::string(64, 'a'), demo_ballot("stranda", {"badebrygge"})}}));
     },
     put_one},
    {"put_replacing", true,
     [](TestDatabase& t) {
       return status_of(
           t.ballots->put(std::string(64, 'a'), demo_ballot("stranda", {"badebrygge"})));
     },
     put_one},
    {"of_mark", false,
     [](TestDatabase& t) {
       return status_of(t.ballots->of_mark(server::demo::kProcessId, std::string(64, 'a')));
     },
     put_one},
    {"all", false,
     [](TestDatabase& t) { return status_of(t.ballots->all(server::demo::kProcessId)); }, put_one},
    {"voter", false,
     [](TestDatabase& t) {
       return status_of(t.ballots->voter(server::demo::kProcessId, t.voter(0)));
     }},
    {"replace_roll", true,
     [](TestDatabase& t) {
       return t.ballots->replace_roll(server::demo::kProcessId,
                                      {{"hash-a", "sentrum", std::nullopt}, {"hash-b", "", 7}});
     }},
    {"mark_used_on_paper", true,
     [](TestDatabase& t) {
       return t.ballots->mark_used_on_paper(server::demo::kProcessId, t.voter(1), 8);
     }},
    {"roll_counts", false,
     [](TestDatabase& t) { return status_of(t.ballots->roll_counts(server::demo::kProcessId)); }},
};

class BallotStoreFaults : public ::testing::TestWithParam<StoreMethod> {};

TEST_P(BallotStoreFaults, FailsCleanlyAndRecovers) {
  expect_fails_cleanly(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Ballots, BallotStoreFaults, ::testing::ValuesIn(kMethods), method_name);

}  // namespace
}  // namespace sammen::testing
