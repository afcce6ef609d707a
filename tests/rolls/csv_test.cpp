// The CSV reader: encodings, separators, quotes and line numbers as
// spreadsheets write them.
#include "sammen/rolls/csv.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

std::vector<CsvRecord> records(std::string_view text, char separator = ';') {
  CsvReader reader(text, separator);
  std::vector<CsvRecord> out;
  CsvRecord record;
  std::optional<Problem> problem;
  while (reader.next(record, problem)) {
    EXPECT_FALSE(problem) << "line " << record.line;
    out.push_back(record);
  }
  return out;
}

TEST(SpreadsheetText, Utf8IsKeptAndItsByteOrderMarkDropped) {
  const DecodedText d = decode_spreadsheet_text("\xEF\xBB\xBFNavn;Bydel\nÅse;Østbyen\n");
  EXPECT_EQ(d.encoding, TextEncoding::kUtf8);
  EXPECT_EQ(d.text, "Navn;Bydel\nÅse;Østbyen\n");
  EXPECT_TRUE(d.bad_lines.empty());
}

TEST(SpreadsheetText, Windows1252IsTurnedIntoUtf8) {
  // "Åse;Østbyen;Ærlig – €" as Excel on Windows saves it.
  const DecodedText d = decode_spreadsheet_text("\xC5se;\xD8stbyen;\xC6rlig \x96 \x80\r\n");
  EXPECT_EQ(d.encoding, TextEncoding::kWindows1252);
  EXPECT_EQ(d.text, "Åse;Østbyen;Ærlig – €\r\n");
  EXPECT_TRUE(d.bad_lines.empty());
}

TEST(SpreadsheetText, BytesWindows1252HasNoCharacterForAreBadLines) {
  const DecodedText d = decode_spreadsheet_text("a\nb\x81\nc\n\x8D\n");
  EXPECT_EQ(d.encoding, TextEncoding::kWindows1252);
  EXPECT_EQ(d.bad_lines, (std::vector<std::int64_t>{2, 4}));
}

TEST(SpreadsheetText, Utf8WithBrokenBytesIsNotGuessedAt) {
  const DecodedText d = decode_spreadsheet_text("Åse\nB\xF8rge\nOk\n\xC3\n");
  EXPECT_EQ(d.encoding, TextEncoding::kUtf8);
  EXPECT_EQ(d.bad_lines, (std::vector<std::int64_t>{2, 4}));
}

TEST(SpreadsheetText, OverlongAndSurrogateSequencesAreNotUtf8) {
  EXPECT_FALSE(decode_spreadsheet_text("ø\n\xC0\xAF\n").bad_lines.empty());
  EXPECT_FALSE(decode_spreadsheet_text("ø\n\xED\xA0\x80\n").bad_lines.empty());
}

TEST(CsvSeparator, IsWhicheverTheFirstLineHasMoreOf) {
  EXPECT_EQ(detect_separator("name;address;born\n1,2,3,4"), ';');
  EXPECT_EQ(detect_separator("name,address,born\n1;2;3;4"), ',');
  EXPECT_EQ(detect_separator("\"a;b;c\",x,y\n"), ',') << "separators inside quotes do not count";
  EXPECT_EQ(detect_separator("name\n"), ';');
}

TEST(CsvReader, ReadsQuotedFieldsWithSeparatorsQuotesAndLineBreaks) {
  const std::vector<CsvRecord> r =
      records("a;\"b;c\";\"say \"\"hi\"\"\"\n\"two\nlines\";x;\"\"\nlast;1;2");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].fields, (std::vector<std::string>{"a", "b;c", "say \"hi\""}));
  EXPECT_EQ(r[1].fields, (std::vector<std::string>{"two\nlines", "x", ""}));
  EXPECT_EQ(r[1].line, 2);
  EXPECT_EQ(r[2].line, 4) << "a quoted line break counts as a line";
}

TEST(CsvReader, TakesEveryLineEndAndSkipsBlankLines) {
  const std::vector<CsvRecord> r = records("a;b\r\n\r\n;;\nc;d\re;f\n\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].line, 1);
  EXPECT_EQ(r[1].fields, (std::vector<std::string>{"c", "d"}));
  EXPECT_EQ(r[1].line, 4);
  EXPECT_EQ(r[2].line, 5);
}

TEST(CsvReader, KeepsEmptyFieldsAtTheEnd) {
  EXPECT_EQ(records("a;;\n")[0].fields, (std::vector<std::string>{"a", "", ""}));
  EXPECT_EQ(records("a,b", ',')[0].fields, (std::vector<std::string>{"a", "b"}));
}

TEST(CsvReader, AQuoteNeverClosedIsAProblemOnItsLine) {
  CsvReader reader("ok;1\n\"open;2\nmore\n", ';');
  CsvRecord record;
  std::optional<Problem> problem;
  ASSERT_TRUE(reader.next(record, problem));
  EXPECT_FALSE(problem);
  ASSERT_TRUE(reader.next(record, problem));
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->code, ErrorCode::kRollUnclosedQuote);
  EXPECT_EQ(problem->amount, 2);
  EXPECT_FALSE(reader.next(record, problem)) << "the rest of the text is part of the open field";
}

}  // namespace
}  // namespace sammen::testing
