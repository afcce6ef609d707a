// The voter roll from its CSV file: columns by name in three languages,
// every bad line with its number and why, nothing when anything is wrong.
#include "sammen/rolls/roll.h"

#include <gtest/gtest.h>

#include "sammen/core/error_table.h"
#include "test_process.h"

namespace sammen::testing {
namespace {

const Municipality kTown{"town", "Elvestad", "NOK", {{"sentrum", "Sentrum"}, {"ostbyen", "Østbyen"}}};
constexpr int kThisYear = 2027;

Result<Roll> read(std::string_view text, RollLimits limits = {}) {
  return read_roll(text, kTown, kThisYear, limits);
}

TEST(Roll, ReadsPeopleWithColumnsInAnyOrderAndLanguage) {
  const Result<Roll> roll = read(
      "Bydel;Fødselsdato;Navn;Adresse;Telefon\n"
      "Sentrum;17.04.2009;Kari Nordmann;Storgata 1;99\n"
      "ØSTBYEN;2010-01-31;Ola Nordmann;Løkkeveien 2;\n"
      "ostbyen;1950;Per Hansen;Elvevei 3;\n");
  ASSERT_TRUE(roll.ok()) << sentence(roll.first_problem(), Language::kEnglish);
  ASSERT_EQ(roll.value().entries.size(), 3u);
  const RollEntry& kari = roll.value().entries[0];
  EXPECT_EQ(kari.name, "Kari Nordmann");
  EXPECT_EQ(kari.address, "Storgata 1");
  EXPECT_EQ(kari.birth_year, 2009);
  EXPECT_EQ(kari.district_id, "sentrum");
  EXPECT_EQ(kari.line, 2);
  EXPECT_EQ(roll.value().entries[1].district_id, "ostbyen") << "district names in any case";
  EXPECT_EQ(roll.value().entries[2].district_id, "ostbyen") << "district ids too";
}

TEST(Roll, TakesEnglishAndDanishHeadersAndCommas) {
  EXPECT_TRUE(read("name,address,birth year,district\nA,B,2000,sentrum\n").ok());
  EXPECT_TRUE(read("Navn;Adresse;Fødselsår;Distrikt\nA;B;2000;Sentrum\n").ok());
  EXPECT_TRUE(read("Full name;Street address;Date of birth;District\nA;B;1.2.2000;Sentrum\n").ok());
}

TEST(Roll, ReadsWindows1252AsExcelWritesIt) {
  const Result<Roll> roll = read("Navn;Adresse;F\xF8""dt;Bydel\n\xC5se;Gate 1;2001;\xD8stbyen\n");
  ASSERT_TRUE(roll.ok());
  EXPECT_EQ(roll.value().encoding, TextEncoding::kWindows1252);
  EXPECT_EQ(roll.value().entries[0].name, "Åse");
  EXPECT_EQ(roll.value().entries[0].district_id, "ostbyen");
}

TEST(Roll, ReportsEveryKindOfBadLineWithItsNumberAndImportsNothing) {
  const std::string file =
      "Navn;Adresse;Født;Bydel\n"                // 1
      "Kari;Storgata 1;2009;Sentrum\n"           // 2 fine
      "Ola;Gate 2;2010\n"                        // 3 too few fields
      ";Gate 3;2010;Sentrum\n"                   // 4 no name
      "Per;;2010;Sentrum\n"                      // 5 no address
      "Pål;Gate 5;;Sentrum\n"                    // 6 no birth
      "Siri;Gate 6;2010;\n"                      // 7 no district
      "Anne;Gate 7;31.02.2009;Sentrum\n"         // 8 no such date
      "Geir;Gate 8;yesterday;Sentrum\n"          // 9 not a date
      "Liv;Gate 9;1850;Sentrum\n"                // 10 too early
      "Tor;Gate 10;2030;Sentrum\n"               // 11 in the future
      "Eva;Gate 11;2001;Atlantis\n"              // 12 unknown district
      "kari;STORGATA 1;2009;Østbyen\n"           // 13 repeats line 2
      "Bo;Gate 13;2001;Sentrum;extra\n"          // 14 one field too many
      "Ida;" + std::string(201, 'x') + ";2001;Sentrum\n"  // 15 too long
      "Ulf\x01;Gate 15;2001;Sentrum\n"           // 16 a control character
      "\"Jon;Gate 16;2001;Sentrum\n";            // 17 a quote never closed
  const Result<Roll> roll = read(file);
  ASSERT_FALSE(roll.ok());
  std::vector<std::pair<ErrorCode, std::int64_t>> got;
  for (const Problem& p : roll.problems()) got.emplace_back(p.code, p.amount);
  using E = ErrorCode;
  EXPECT_EQ(got, (std::vector<std::pair<E, std::int64_t>>{
                     {E::kRollColumnCount, 3},       {E::kRollFieldEmpty, 4},
                     {E::kRollFieldEmpty, 5},        {E::kRollFieldEmpty, 6},
                     {E::kRollFieldEmpty, 7},        {E::kRollBadBirth, 8},
                     {E::kRollBadBirth, 9},          {E::kRollBirthOutOfRange, 10},
                     {E::kRollBirthOutOfRange, 11},  {E::kRollUnknownDistrict, 12},
                     {E::kRollDuplicate, 13},        {E::kRollColumnCount, 14},
                     {E::kRollFieldTooLong, 15},     {E::kRollBadEncoding, 16},
                     {E::kRollUnclosedQuote, 17}}));
}

TEST(Roll, SaysWhyEachLineIsBadInWholeSentences) {
  const Result<Roll> roll = read(
      "Navn;Adresse;Født;Bydel\nKari;Storgata 1;2009;Sentrum\nOla;Gate 2;2010\n"
      "Per;;2010;Sentrum\nAnne;Gate 7;31.02.2009;Sentrum\nEva;Gate 11;2001;Atlantis\n"
      "kari;STORGATA 1;2009;Sentrum\n");
  ASSERT_FALSE(roll.ok());
  std::vector<std::string> said;
  for (const Problem& p : roll.problems()) said.push_back(sentence(p, Language::kEnglish));
  EXPECT_EQ(said, (std::vector<std::string>{
                      "Line 3 has 3 fields; the first line names 4.",
                      "Line 4: the address is empty.",
                      "Line 5: \"31.02.2009\" is not a birth date or year (write 2009-04-17, "
                      "17.04.2009 or 2009).",
                      "Line 6: there is no district \"Atlantis\".",
                      "Line 7 repeats line 2 (the same name, address and birth year)."}));
  EXPECT_EQ(sentence(roll.problems()[1], Language::kNorwegianBokmal),
            "Linje 4: adressen mangler.");
}

TEST(Roll, NamesEveryMissingColumn) {
  const Result<Roll> roll = read("Navn;Telefon\nKari;99\n");
  ASSERT_FALSE(roll.ok());
  EXPECT_EQ(codes_of(roll.problems()), std::vector<ErrorCode>(3, ErrorCode::kRollMissingColumn));
  EXPECT_EQ(sentence(roll.problems()[0], Language::kEnglish),
            "The first line must name the columns, and the column for the address is missing.");
}

TEST(Roll, AnEmptyFileOrOneWithOnlyAHeaderHasNobody) {
  EXPECT_EQ(read("").first_problem().code, ErrorCode::kRollEmpty);
  EXPECT_EQ(read("\n\n").first_problem().code, ErrorCode::kRollEmpty);
  EXPECT_EQ(read("Navn;Adresse;Født;Bydel\n").first_problem().code, ErrorCode::kRollEmpty);
}

TEST(Roll, IsLimitedInSizeAndLines) {
  const std::string header = "Navn;Adresse;Født;Bydel\n";
  const std::string two = header + "A;B;2000;Sentrum\nC;D;2000;Sentrum\n";
  const Result<Roll> big = read(two, {.max_bytes = 20});
  EXPECT_EQ(big.first_problem().code, ErrorCode::kRollTooLarge);
  EXPECT_EQ(big.first_problem().limit, 20);
  const Result<Roll> many = read(two, {.max_lines = 1});
  EXPECT_EQ(many.first_problem().code, ErrorCode::kRollTooManyLines);
  EXPECT_TRUE(read(two, {.max_lines = 2}).ok());
}

TEST(Roll, ReportsTheFirstProblemsAndCountsTheLinesBeyond) {
  std::string file = "Navn;Adresse;Født;Bydel\n";
  for (int i = 0; i < 10; ++i) file += "A" + std::to_string(i) + ";B;bad;Atlantis\n";
  const Result<Roll> roll = read(file, {.max_problems = 4});
  ASSERT_FALSE(roll.ok());
  ASSERT_EQ(roll.problems().size(), 5u);
  EXPECT_EQ(roll.problems().back().code, ErrorCode::kRollMoreProblems);
  EXPECT_EQ(roll.problems().back().amount, 8) << "lines 2 and 3 had two problems each";
  EXPECT_EQ(sentence(roll.problems().back(), Language::kEnglish), "8 more lines have problems.");
}

// Found by fuzzing: a long bad value is quoted in the sentence, cut at a
// character, never inside one, and braces in it stay text.
TEST(Roll, QuotesALongBadValueCutAtACharacter) {
  const Result<Roll> roll =
      read("Navn;Adresse;Født;Bydel\nA;B;" + std::string(30, 'x') + "{{æææææææææææææææ;Sentrum\n");
  ASSERT_FALSE(roll.ok());
  const Problem& p = roll.first_problem();
  EXPECT_EQ(p.code, ErrorCode::kRollBadBirth);
  EXPECT_EQ(p.subject, std::string(30, 'x') + "{{ææææææææ");
  EXPECT_NE(sentence(p, Language::kEnglish).find("{{æ"), std::string::npos);
}

TEST(BirthYear, TakesTheDateFormsNordicSpreadsheetsWrite) {
  EXPECT_EQ(birth_year_of("2009"), 2009);
  EXPECT_EQ(birth_year_of("2009-04-17"), 2009);
  EXPECT_EQ(birth_year_of("17.04.2009"), 2009);
  EXPECT_EQ(birth_year_of("7.4.2009"), 2009);
  EXPECT_EQ(birth_year_of("17-04-2009"), 2009);
  EXPECT_EQ(birth_year_of("17/04/2009"), 2009);
  EXPECT_EQ(birth_year_of("29.02.2008"), 2008);
  EXPECT_EQ(birth_year_of("29.02.2009"), 0);
  EXPECT_EQ(birth_year_of("17.04.09"), 0) << "two-digit years are ambiguous";
  EXPECT_EQ(birth_year_of("2009-13-01"), 0);
  EXPECT_EQ(birth_year_of("17.04-2009"), 0);
  EXPECT_EQ(birth_year_of(""), 0);
  EXPECT_EQ(birth_year_of("20o9"), 0);
}

}  // namespace
}  // namespace sammen::testing
