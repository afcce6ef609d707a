// The processes store on a real SQLite file.
#include "processes/sqlite_store.h"

#include <gtest/gtest.h>

#include "core/statement.h"
#include "sammen/processes/wire.h"
#include "test_database.h"

namespace sammen::testing {
namespace {

using server::Statement;

// rowid of each proposal: the same rowid is the same row, updated in place.
std::vector<std::int64_t> proposal_rows(TestDatabase& t) {
  return t.db()
      .read("rows",
            [&] {
              std::vector<std::int64_t> rows;
              Statement s(t.db(), "SELECT rowid FROM proposals ORDER BY id");
              while (s.step()) rows.push_back(s.integer(0));
              return rows;
            })
      .value();
}

TEST(SqliteStoreTest, RoundTripsMunicipalityAndProcessExactly) {
  TestDatabase t;
  const server::demo::Seed& seed = t.plant();
  t.reopen();
  EXPECT_EQ(Json(*t.processes->municipality().value()), Json(seed.municipality));
  EXPECT_EQ(Json(*t.processes->find(seed.process.id).value()), Json(seed.process));
  EXPECT_FALSE(t.processes->find("nope").value().has_value());
}

TEST(ProcessStore, KeepsTheCountingRuleEligibilityAndTranslations) {
  TestDatabase t;
  Process process = t.plant().process;
  process.counting_rule = counting::Rule::kEqualShares;
  process.eligibility = {13, 19, {"sentrum", "ostbyen"}};
  process.translations = {{Language::kEnglish, "Citizens' budget", "Decide."},
                          {Language::kDanish, "Borgerbudget", ""}};
  ASSERT_TRUE(t.processes->save(process).ok());
  t.reopen();
  EXPECT_EQ(Json(*t.processes->find(process.id).value()), Json(process));
  process.translations.pop_back();
  ASSERT_TRUE(t.processes->save(process).ok());
  EXPECT_EQ(t.processes->find(process.id).value()->translations.size(), 1u);
}

TEST(ProcessStore, SavesTheMunicipalityInPlace) {
  TestDatabase t;
  Municipality m = t.plant().municipality;
  m.name = "Elvestad bykommune";
  m.languages = {Language::kNorwegianBokmal, Language::kEnglish};
  m.districts[0].name = "Sentrum og Torget";
  m.districts.push_back({"vest", "Vest"});
  ASSERT_TRUE(t.processes->save_municipality(m).ok());
  EXPECT_EQ(Json(*t.processes->municipality().value()), Json(m));
}

TEST(ProcessStore, SavesProposalsInPlaceNeverDeletingAndInsertingThem) {
  TestDatabase t;
  Process process = t.plant().process;
  const std::vector<std::int64_t> before = proposal_rows(t);
  process.proposals[0].status = ProposalStatus::kSelected;
  process.proposals[1].title = "Nytt navn";
  process.voting_closed = true;
  ASSERT_TRUE(t.processes->save(process).ok());
  EXPECT_EQ(proposal_rows(t), before);
  EXPECT_EQ(Json(*t.processes->find(process.id).value()), Json(process));
}

TEST(ProcessStore, SaveDeletesOnlyWhatTheProcessNoLongerHas) {
  TestDatabase t;
  Process process = t.plant().process;
  const Proposal removed = process.proposals.back();
  process.proposals.pop_back();
  process.proposals.push_back({"ny", "stranda", "Nytt forslag", "", kroner(10),
                               ProductionForm::kMunicipal, ProposalStatus::kAccepted});
  process.phases.pop_back();
  ASSERT_TRUE(t.processes->save(process).ok());
  const Process stored = *t.processes->find(process.id).value();
  EXPECT_EQ(Json(stored), Json(process));
  EXPECT_EQ(find_proposal(stored, removed.id), nullptr);
}

TEST(ProcessStore, SavingAProcessThatIsNotStoredFails) {
  TestDatabase t;
  Process process = t.plant().process;
  process.id = "unknown";
  EXPECT_EQ(t.processes->save(process).first_problem().code, ErrorCode::kStorageFailed);
}

TEST(ProcessStore, AddsAProcessAfterTheOnesBefore) {
  TestDatabase t;
  Process second = t.plant().process;
  second.id = "second";
  for (Proposal& p : second.proposals) p.id += "-2";
  ASSERT_TRUE(t.processes->add(second).ok());
  const std::vector<Process> all = t.processes->all().value();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].id, "second");
}

TEST(ProcessStore, CurrencyIsTheMunicipalitysOrKronerBeforeASetup) {
  TestDatabase t;
  EXPECT_EQ(server::processes::currency_of(*t.processes), "NOK");
  ASSERT_TRUE(t.processes->add_municipality({"aarhus", "Aarhus Kommune", "DKK", {}}).ok());
  EXPECT_EQ(server::processes::currency_of(*t.processes), "DKK");
}

TEST(ProcessStore, FindProcessNamesAnUnknownProcess) {
  TestDatabase t;
  const Result<Process> found = server::processes::find_process(*t.processes, "x");
  EXPECT_EQ(found.first_problem().code, ErrorCode::kUnknownProcess);
  EXPECT_EQ(found.first_problem().subject, "x");
}

}  // namespace
}  // namespace sammen::testing
