// The letters: a spreadsheet Excel opens as UTF-8 without running
// formulas, and a printable page where every text is escaped.
#include "sammen/rolls/letters.h"

#include <gtest/gtest.h>

namespace sammen::testing {
namespace {

const std::vector<Letter> kLetters = {
    {"Kari Nordmann", "Storgata 1", "Sentrum", "ACDEF-GHJKL-MNPQR"},
    {"=HYPERLINK(\"x\")", "Gate \"2\"; 3", "Østbyen", "TUVWX-Y3467-9ACDE"},
};

TEST(LettersCsv, IsUtf8WithAByteOrderMarkAndAHeaderInTheLanguage) {
  const std::string csv = letters_csv(kLetters, Language::kNorwegianBokmal);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(csv.substr(3, csv.find("\r\n") - 3), "\"Navn\";\"Adresse\";\"Bydel\";\"Stemmekode\"");
  EXPECT_NE(csv.find("\"Kari Nordmann\";\"Storgata 1\";\"Sentrum\";\"ACDEF-GHJKL-MNPQR\"\r\n"),
            std::string::npos);
}

TEST(LettersCsv, QuotesFieldsAndNeverStartsAFormula) {
  const std::string csv = letters_csv(kLetters, Language::kEnglish);
  EXPECT_NE(csv.find("\"'=HYPERLINK(\"\"x\"\")\";\"Gate \"\"2\"\"; 3\""), std::string::npos) << csv;
}

TEST(LettersHtml, EscapesEveryTextAndHasALetterPerPage) {
  const std::string html = letters_html(
      kLetters, {"Elvestad <kommune>", "Budsjett & \"ting\"", "https://sammen.example/",
                 Language::kEnglish});
  EXPECT_EQ(html.find("<kommune>"), std::string::npos);
  EXPECT_EQ(html.find("=HYPERLINK(\"x\")"), std::string::npos);
  EXPECT_NE(html.find("=HYPERLINK(&quot;x&quot;)"), std::string::npos);
  EXPECT_NE(html.find("Elvestad &lt;kommune&gt;"), std::string::npos);
  EXPECT_NE(html.find("Budsjett &amp; &quot;ting&quot;"), std::string::npos);
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  std::size_t letters = 0;
  for (std::size_t at = 0; (at = html.find("<section class=\"letter\">", at)) != std::string::npos;
       ++at) {
    ++letters;
  }
  EXPECT_EQ(letters, 2u);
  EXPECT_NE(html.find("break-after:page"), std::string::npos);
  EXPECT_NE(html.find("Dear Kari Nordmann,"), std::string::npos);
}

TEST(HtmlEscaped, ReplacesTheFiveSpecialCharacters) {
  EXPECT_EQ(html_escaped("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
}

}  // namespace
}  // namespace sammen::testing
