// Accounts: what signing up asks, every problem at once, each naming its field.
#include "sammen/people/account.h"

#include <gtest/gtest.h>

#include "sammen/core/error_table.h"
#include "test_process.h"

namespace sammen::testing {
namespace {

const Municipality kTown{"town", "Elvestad", "NOK", {{"sentrum", "Sentrum"}}};

SignUp kari() {
  return {"Kari Nordmann", "Kari@Example.NO ", "correct horse battery", 1990, "sentrum", {}};
}

TEST(SignUp, AGoodSignUpHasNoProblems) {
  EXPECT_TRUE(validate_sign_up(kari(), kTown, 2027).empty());
}

TEST(SignUp, ReportsEveryProblemNamingItsField) {
  const SignUp bad{"  ", "kari.example.no", "short", 1899, "atlantis", {}};
  const std::vector<Problem> problems = validate_sign_up(bad, kTown, 2027);
  EXPECT_EQ(codes_of(problems),
            (std::vector{ErrorCode::kNameMissing, ErrorCode::kEmailInvalid,
                         ErrorCode::kPasswordTooShort, ErrorCode::kBirthYearInvalid,
                         ErrorCode::kHomeDistrictUnknown}));
  std::vector<std::string> fields;
  for (const Problem& p : problems) fields.push_back(p.subject);
  EXPECT_EQ(fields, (std::vector<std::string>{"name", "email", "password", "birth_year",
                                              "district_id"}));
  EXPECT_EQ(sentence(problems[3], Language::kEnglish),
            "Enter the year you were born, from 1900 to 2027.");
}

TEST(SignUp, ABirthYearInTheFutureIsRefused) {
  SignUp s = kari();
  s.birth_year = 2028;
  EXPECT_EQ(codes_of(validate_sign_up(s, kTown, 2027)), (std::vector{ErrorCode::kBirthYearInvalid}));
}

TEST(Password, IsMeasuredInCharactersNotBytes) {
  EXPECT_TRUE(validate_password("æøåæøåæøåæ", "password").empty()) << "ten characters, 20 bytes";
  const std::vector<Problem> short_one = validate_password("æøåæøåæøå", "password");
  ASSERT_EQ(short_one.size(), 1u);
  EXPECT_EQ(short_one[0].amount, 9);
  EXPECT_EQ(sentence(short_one[0], Language::kNorwegianBokmal),
            "Passordet må ha minst 10 tegn; det har 9.");
}

TEST(Password, HasAnUpperBoundSoHashingItCannotBeAbused) {
  EXPECT_EQ(codes_of(validate_password(std::string(1025, 'x'), "new_password")),
            (std::vector{ErrorCode::kPasswordTooLong}));
  EXPECT_TRUE(validate_password(std::string(1024, 'x'), "new_password").empty());
}

TEST(Email, IsKeptTrimmedInLowerCase) {
  EXPECT_EQ(normalize_email("  Kari@Example.NO\t"), "kari@example.no");
}

TEST(Email, MustLookLikeAnAddress) {
  EXPECT_TRUE(plausible_email("kari@example.no"));
  EXPECT_TRUE(plausible_email("kari.nordmann+pb@kommune.example.no"));
  for (const char* bad : {"", "kari", "@example.no", "kari@", "kari@no", "kari@@example.no",
                          "ka ri@example.no", "kari@example.", "<kari@example.no>"}) {
    EXPECT_FALSE(plausible_email(bad)) << bad;
  }
}

}  // namespace
}  // namespace sammen::testing
