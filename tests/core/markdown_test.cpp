// Markdown residents write, rendered safely for the HTML path and as plain
// text for the canvas client (server/core/markdown.h).
#include "core/markdown.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "core/utf8.h"

namespace sammen::server {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

// No tag of the output is one the renderer does not write itself.
void expect_only_own_tags(const std::string& html) {
  static const std::vector<std::string> kTags = {"p",  "h2",     "h3", "h4",         "h5",  "h6",
                                                 "ul", "ol",     "li", "blockquote", "pre", "code",
                                                 "em", "strong", "a",  "br",         "hr"};
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    std::size_t end = at + 1;
    if (end < html.size() && html[end] == '/') ++end;
    std::size_t name_end = end;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end])))
      ++name_end;
    const std::string name = html.substr(end, name_end - end);
    EXPECT_TRUE(std::find(kTags.begin(), kTags.end(), name) != kTags.end())
        << "tag <" << name << "> in " << html;
  }
}

TEST(SafeHtml, RendersCommonMark) {
  EXPECT_EQ(markdown_to_safe_html("Hei *alle* og **dere**.\n\nNy `kode`."),
            "<p>Hei <em>alle</em> og <strong>dere</strong>.</p>\n<p>Ny <code>kode</code>.</p>\n");
}

TEST(SafeHtml, AScriptTagIsShownAsText) {
  const std::string html = markdown_to_safe_html("Hei <script>alert(1)</script> der");
  EXPECT_FALSE(contains(lower(html), "<script"));
  EXPECT_TRUE(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  expect_only_own_tags(html);
}

TEST(SafeHtml, ARawHtmlBlockIsShownAsText) {
  const std::string html = markdown_to_safe_html(
      "<div onclick=\"steal()\">\n<img src=x onerror=alert(1)>\n</div>\n\nEtterpå");
  EXPECT_FALSE(contains(lower(html), "<div"));
  EXPECT_FALSE(contains(lower(html), "<img"));
  EXPECT_TRUE(contains(html, "&lt;img src=x onerror=alert(1)&gt;"));
  EXPECT_TRUE(contains(html, "<p>Etterpå</p>"));
  expect_only_own_tags(html);
  expect_only_own_tags(markdown_to_safe_html("<script>\nalert(1)\n</script>"));
  expect_only_own_tags(markdown_to_safe_html("<!-- hidden -->\n<?php x ?>\n<![CDATA[x]]>"));
}

TEST(SafeHtml, InlineHtmlIsShownAsText) {
  const std::string html = markdown_to_safe_html(
      "Se <a href=\"javascript:alert(1)\">her</a> og <b onmouseover=x>fet</b>");
  expect_only_own_tags(html);
  EXPECT_TRUE(contains(html, "&lt;b onmouseover=x&gt;fet&lt;/b&gt;"));
  EXPECT_FALSE(contains(html, "href=\"javascript"));
}

TEST(SafeHtml, LinksGoOnlyToHttpHttpsAndMailto) {
  EXPECT_EQ(markdown_to_safe_html("[kommunen](https://elvestad.kommune.no/park)"),
            "<p><a href=\"https://elvestad.kommune.no/park\" rel=\"nofollow ugc noopener "
            "noreferrer\">kommunen</a></p>\n");
  EXPECT_TRUE(contains(markdown_to_safe_html("[skriv](mailto:kari@example.no)"),
                       "href=\"mailto:kari@example.no\""));
  EXPECT_TRUE(
      contains(markdown_to_safe_html("<http://example.no/a>"), "href=\"http://example.no/a\""));
  EXPECT_EQ(markdown_to_safe_html("[relativ](/html/processes)"), "<p>relativ</p>\n");
  EXPECT_EQ(markdown_to_safe_html("[fil](file:///etc/passwd)"), "<p>fil</p>\n");
}

// Every spelling of a script address a browser would run: none becomes a link.
TEST(SafeHtml, NoSpellingOfJavascriptBecomesALink) {
  for (const char* markdown : {
           "[x](javascript:alert(1))",
           "[x](JaVaScRiPt:alert(1))",
           "[x](&#106;avascript:alert(1))",
           "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
           "[x](&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1))",
           "[x](java&#9;script:alert(1))",
           "[x](java&#10;script:alert(1))",
           "[x](<java script:alert(1)>)",
           "[x](< javascript:alert(1)>)",
           "[x](%6Aavascript:alert(1))",
           "[x](javascript&colon;alert(1))",
           "[x](\\javascript:alert(1))",
           "[x](vbscript:msgbox(1))",
           "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
           "<javascript:alert(1)>",
           "[x]\n\n[x]: javascript:alert(1)",
           "![x](javascript:alert(1))",
       }) {
    const std::string html = markdown_to_safe_html(markdown);
    EXPECT_FALSE(contains(html, "href")) << markdown << " -> " << html;
    expect_only_own_tags(html);
  }
}

// From the Markdown fuzzer: such words inside an address stay inside its quoted value.
TEST(SafeHtml, AnAddressCannotEndItsAttribute) {
  EXPECT_EQ(markdown_to_safe_html("[x](https:onerror=//e)"),
            "<p><a href=\"https:onerror=//e\" rel=\"nofollow ugc noopener noreferrer\">x</a></p>\n");
  const std::string html = markdown_to_safe_html("[x](<https://e\" onerror=\"alert(1)>)");
  EXPECT_TRUE(contains(html, "href=\"https://e&quot;%20onerror=&quot;alert(1)\"")) << html;
  expect_only_own_tags(html);
}

TEST(SafeLink, AcceptsOnlyAbsoluteWebAndMailAddresses) {
  EXPECT_EQ(safe_link("HTTPS://example.no"), "HTTPS://example.no");
  EXPECT_EQ(safe_link("  https://example.no/a b  "), "https://example.no/a%20b");
  EXPECT_EQ(safe_link("ht\ttps://example.no"), "https://example.no");
  EXPECT_EQ(safe_link("java\tscript:alert(1)"), std::nullopt);
  EXPECT_EQ(safe_link("\x01javascript:alert(1)"), std::nullopt);
  EXPECT_EQ(safe_link("https://exa\x01mple.no"), std::nullopt);
  EXPECT_EQ(safe_link("//evil.example/x"), std::nullopt);
  EXPECT_EQ(safe_link("https:"), std::nullopt);
  EXPECT_EQ(safe_link(""), std::nullopt);
}

TEST(SafeHtml, AnImageIsALinkToItsAddressAndNeverLoaded) {
  const std::string html =
      markdown_to_safe_html("![Parken i dag](https://example.no/park.jpg \"t\")");
  EXPECT_EQ(html,
            "<p><a href=\"https://example.no/park.jpg\" rel=\"nofollow ugc noopener noreferrer\">"
            "Parken i dag</a></p>\n");
  EXPECT_FALSE(contains(markdown_to_safe_html("![](https://example.no/x.png)"), "<img"));
  EXPECT_TRUE(contains(markdown_to_safe_html("![](https://example.no/x.png)"),
                       ">https://example.no/x.png</a>"))
      << "an image without a description is named by its address";
  EXPECT_EQ(markdown_to_safe_html("![bilde](data:image/png;base64,AAAA)"), "<p>bilde</p>\n");
}

TEST(SafeHtml, LinksDoNotNest) {
  const std::string html =
      markdown_to_safe_html("[![bilde](https://a.example/x.png)](https://b.example/)");
  EXPECT_EQ(html.find("<a ", html.find("<a ") + 1), std::string::npos) << html;
  EXPECT_TRUE(contains(html, "href=\"https://b.example/\""));
}

TEST(SafeHtml, HeadingsStartBelowThePagesOwn) {
  EXPECT_EQ(markdown_to_safe_html("# Tittel\n\n## Under"), "<h3>Tittel</h3>\n<h4>Under</h4>\n");
  EXPECT_EQ(markdown_to_safe_html("# Tittel", 2), "<h2>Tittel</h2>\n");
  EXPECT_EQ(markdown_to_safe_html("# Tittel", 1), "<h2>Tittel</h2>\n") << "never an h1";
  EXPECT_EQ(markdown_to_safe_html("###### Dypt"), "<h6>Dypt</h6>\n");
}

TEST(SafeHtml, NestedListsKeepTheirShape) {
  EXPECT_EQ(markdown_to_safe_html("- en\n  - to\n    1. tre\n- fire"),
            "<ul>\n<li>en\n<ul>\n<li>to\n<ol>\n<li>tre</li>\n</ol>\n</li>\n</ul>\n</li>\n"
            "<li>fire</li>\n</ul>\n");
  EXPECT_EQ(markdown_to_safe_html("3. c\n4. d"),
            "<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n");
}

TEST(SafeHtml, NestingBeyondTheLimitIsFlattened) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "> ";
  deep += "dypt";
  const std::string html = markdown_to_safe_html(deep);
  std::size_t quotes = 0;
  for (std::size_t at = html.find("<blockquote>"); at != std::string::npos;
       at = html.find("<blockquote>", at + 1))
    ++quotes;
  EXPECT_EQ(quotes, static_cast<std::size_t>(kMarkdownMaxNesting));
  EXPECT_TRUE(contains(html, "dypt"));
}

TEST(SafeHtml, TextPastTheLimitIsCutAtACharacterBoundary) {
  std::string long_text(kMarkdownMaxBytes - 1, 'a');
  long_text += "\u00e6\u00f8\u00e5 slutt";  // æ straddles the limit
  const std::string html = markdown_to_safe_html(long_text);
  EXPECT_TRUE(valid_utf8(html));
  EXPECT_FALSE(contains(html, "slutt"));
  EXPECT_LE(html.size(), kMarkdownMaxBytes + 16);
  const std::string huge = markdown_to_safe_html(std::string(10 * 1024 * 1024, '*'));
  EXPECT_LE(huge.size(), 2 * kMarkdownMaxBytes);
}

TEST(SafeHtml, InvalidUtf8BecomesReplacementCharacters) {
  const std::string html = markdown_to_safe_html("S\xf8ndre \xc3\x28 park\xff\x00 slutt");
  EXPECT_TRUE(valid_utf8(html));
  EXPECT_TRUE(contains(html, "\uFFFD"));
  EXPECT_TRUE(valid_utf8(markdown_to_plain_text("S\xf8ndre \xed\xa0\x80 park")));
}

TEST(PlainText, ParagraphsAreApartByABlankLine) {
  EXPECT_EQ(markdown_to_plain_text("Første *avsnitt*\nfortsetter.\n\nAndre avsnitt."),
            "Første avsnitt fortsetter.\n\nAndre avsnitt.");
}

TEST(PlainText, ListItemsHaveBulletsNumbersAndIndentation) {
  EXPECT_EQ(markdown_to_plain_text(
                "Vi trenger:\n\n- benker\n- lys\n  1. ved stien\n  2. ved vannet\n\nTakk."),
            "Vi trenger:\n\n\u2022 benker\n\u2022 lys\n\u00a0\u00a01. ved stien\n"
            "\u00a0\u00a02. ved vannet\n\nTakk.");
}

TEST(PlainText, LinksShowTheirAddressAndHtmlShowsAsTyped) {
  EXPECT_EQ(markdown_to_plain_text("Se [planen](https://example.no/plan)."),
            "Se planen (https://example.no/plan).");
  EXPECT_EQ(markdown_to_plain_text("<https://example.no>"), "https://example.no");
  EXPECT_EQ(markdown_to_plain_text("[x](javascript:alert(1))"), "x");
  EXPECT_EQ(markdown_to_plain_text("# Overskrift\n\n<b>fet</b>"), "Overskrift\n\n<b>fet</b>");
}

}  // namespace
}  // namespace sammen::server
