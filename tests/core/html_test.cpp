// HTML text: escaping keeps markup as text and pages valid UTF-8.
#include <gtest/gtest.h>

#include "core/html.h"

namespace sammen::testing {
namespace {

using server::escape;

TEST(HtmlText, EscapesMarkupAndQuotes) {
  EXPECT_EQ(escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
}

TEST(HtmlText, KeepsUtf8AndReplacesBrokenBytes) {
  EXPECT_EQ(escape("Østbyen 1\u00a0000\u00a0kr"), "Østbyen 1\u00a0000\u00a0kr");
  EXPECT_EQ(escape(std::string("a\xff" "b\xc3", 4)), "a\uFFFDb\uFFFD");
  EXPECT_EQ(escape(std::string("a\0b", 3)), "a\uFFFDb");
}

TEST(HtmlText, MarksTextInAnotherLanguage) {
  EXPECT_EQ(server::escape_in("Leksekafé", Language::kNorwegianBokmal, Language::kEnglish),
            "<span lang=\"nb\">Leksekafé</span>");
  EXPECT_EQ(server::escape_in("Leksekafé", Language::kNorwegianBokmal, Language::kNorwegianBokmal),
            "Leksekafé");
  EXPECT_EQ(server::escape_in("<b>", std::nullopt, Language::kDanish), "&lt;b&gt;");
}

}  // namespace
}  // namespace sammen::testing
