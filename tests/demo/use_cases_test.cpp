// The demo use cases, without sockets, on a real SQLite file.
#include "demo/use_cases.h"

#include <gtest/gtest.h>

#include <set>

#include "sammen/processes/wire.h"
#include "test_database.h"

namespace sammen::testing {
namespace {

namespace demo = server::demo;

class DemoUseCases : public ::testing::Test {
 protected:
  TestDatabase t_;
  demo::Stores stores_{*t_.demo, *t_.processes, *t_.ballots, t_.db(), *t_.people, t_.passwords()};
};

TEST_F(DemoUseCases, PlantsTheDemoIntoAnEmptyStore) {
  const demo::Seed seed = demo::seed(kSeedTime, t_.voter_codes(), 3);
  ASSERT_TRUE(demo::plant(stores_, seed).value());
  EXPECT_EQ(Json(*t_.processes->find(demo::kProcessId).value()), Json(seed.process));
  EXPECT_TRUE(t_.ballots->on_roll(demo::kProcessId, seed.voter_hashes[2]).value());
  EXPECT_EQ(demo::codes(stores_).value().voter_codes, seed.codes.voter_codes);
}

TEST_F(DemoUseCases, DoesNotPlantIntoAStoreThatHasAMunicipality) {
  ASSERT_TRUE(demo::plant(stores_, demo::seed(kSeedTime, t_.voter_codes(), 3)).value());
  const std::string before = t_.dump();
  EXPECT_FALSE(demo::plant(stores_, demo::seed(kSeedTime, t_.voter_codes(), 3)).value());
  EXPECT_EQ(t_.dump(), before);
}

TEST(SqliteStoreTest, InitializeIsAllOrNothing) {
  TestDatabase t;
  demo::Stores stores{*t.demo, *t.processes, *t.ballots, t.db(), *t.people, t.passwords()};
  demo::Seed seed = demo::seed(kSeedTime, t.voter_codes(), 3);
  seed.process.proposals.push_back(seed.process.proposals[0]);  // duplicate key
  EXPECT_EQ(demo::plant(stores, seed).first_problem().code, ErrorCode::kStorageFailed);
  EXPECT_FALSE(t.processes->municipality().value().has_value());
  EXPECT_TRUE(t.processes->all().value().empty());
  EXPECT_TRUE(demo::plant(stores, demo::seed(kSeedTime, t.voter_codes(), 3)).value())
      << "nothing was left behind to collide with";
}

TEST_F(DemoUseCases, PlantsAnAdministratorWhosePasswordIsShown) {
  const demo::Seed seed = demo::seed(kSeedTime, t_.voter_codes(), 3);
  ASSERT_TRUE(demo::plant(stores_, seed).value());
  const std::optional<server::people::StoredPerson> admin =
      t_.people->by_email(demo::kAdminEmail).value();
  ASSERT_TRUE(admin);
  EXPECT_EQ(admin->person.roles, std::vector<Role>{Role::kAdministrator});
  EXPECT_TRUE(t_.passwords().check(admin->password_hash, seed.admin.password));
  EXPECT_EQ(t_.demo->account().value()->password, seed.admin.password);
}

TEST_F(DemoUseCases, DoesNotPlantIntoAStoreThatHasAnAccount) {
  ASSERT_TRUE(t_.people->add({0, "Ada", "ada@kommune.no", std::nullopt, "", {Role::kAdministrator},
                              kSeedTime, false},
                             "hash")
                  .ok());
  EXPECT_FALSE(demo::plant(stores_, demo::seed(kSeedTime, t_.voter_codes(), 3)).value())
      << "a municipality set up by its first administrator never gets the demo";
  EXPECT_FALSE(t_.processes->municipality().value().has_value());
}

TEST_F(DemoUseCases, OutsideADemoThereAreNoCodes) {
  EXPECT_EQ(demo::codes(stores_).first_problem().code, ErrorCode::kNotFound);
}

TEST_F(DemoUseCases, TheSeedsVoterCodesAreDistinctAndOnTheRoll) {
  const demo::Seed seed = demo::seed(kSeedTime, t_.voter_codes(), 40);
  std::set<std::string> codes(seed.codes.voter_codes.begin(), seed.codes.voter_codes.end());
  EXPECT_EQ(codes.size(), 40u);
  ASSERT_EQ(seed.voter_hashes.size(), 40u);
  EXPECT_EQ(seed.voter_hashes[7], t_.voter_codes().hash(seed.codes.voter_codes[7]));
}

}  // namespace
}  // namespace sammen::testing
