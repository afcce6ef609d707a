// The municipality's setup: its id once, a currency, languages and districts.
#include "sammen/setup/municipality_setup.h"

#include <gtest/gtest.h>

#include "test_process.h"

namespace sammen::testing {
namespace {

Municipality fjordby() {
  return {"fjordby", " Fjordby kommune ", "NOK", {{"nord", "Nord"}, {"sor", "Sør"}},
          {Language::kNorwegianBokmal, Language::kEnglish}};
}

TEST(MunicipalitySetup, TheFirstSetupNamesTheIdAndTrimsNames) {
  const Result<Municipality> m = updated_municipality(std::nullopt, fjordby(), {});
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m.value().name, "Fjordby kommune");
}

TEST(MunicipalitySetup, ReportsEveryProblem) {
  Municipality m = fjordby();
  m.id = "Fjord By";
  m.currency = "kr";
  m.languages = {Language::kEnglish, Language::kEnglish};
  m.districts.push_back({"nord", "Nord igjen"});
  m.districts.push_back({"vest", ""});
  const Result<Municipality> r = updated_municipality(std::nullopt, m, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(codes_of(r.problems()),
            (std::vector{ErrorCode::kBadId, ErrorCode::kBadCurrency, ErrorCode::kBadLanguages,
                         ErrorCode::kDuplicateId, ErrorCode::kFieldEmpty}));
}

TEST(MunicipalitySetup, TheIdNeverChanges) {
  Municipality renamed = fjordby();
  renamed.id = "fjordby-2";
  EXPECT_EQ(updated_municipality(fjordby(), renamed, {}).first_problem().code,
            ErrorCode::kMunicipalityIdFixed);
}

TEST(MunicipalitySetup, ADistrictInUseCannotBeRemovedButOthersCan) {
  Municipality smaller = fjordby();
  smaller.districts.pop_back();
  const Result<Municipality> refused = updated_municipality(fjordby(), smaller, {"sor"});
  EXPECT_EQ(refused.first_problem().code, ErrorCode::kDistrictInUse);
  EXPECT_EQ(refused.first_problem().subject, "sor");
  EXPECT_TRUE(updated_municipality(fjordby(), smaller, {"nord"}).ok());
}

TEST(MunicipalitySetup, NeedsADistrict) {
  Municipality none = fjordby();
  none.districts.clear();
  EXPECT_EQ(updated_municipality(std::nullopt, none, {}).first_problem().subject, "districts");
}

}  // namespace
}  // namespace sammen::testing
