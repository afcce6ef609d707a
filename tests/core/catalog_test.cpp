// Message catalogs: named placeholders, money, lists and plural forms, and
// every feature's catalog complete in every language.
#include "sammen/core/catalog.h"

#include <gtest/gtest.h>

#include "sammen/ballots/messages.h"
#include "sammen/core/messages.h"
#include "sammen/core/money.h"
#include "sammen/people/messages.h"
#include "sammen/processes/messages.h"
#include "sammen/results/messages.h"
#include "sammen/rolls/messages.h"
#include "sammen/setup/messages.h"

namespace sammen {
namespace {

std::string format(std::string_view pattern, MessageArgs args,
                   Audience audience = {Language::kEnglish, "NOK"}) {
  return format_message(pattern, std::span<const MessageArg>(args.begin(), args.size()), audience);
}

TEST(MessageFormat, FillsNamedPlaceholdersInAnyOrder) {
  EXPECT_EQ(format("{b} before {a}", {{"a", "first"}, {"b", std::int64_t{2}}}), "2 before first");
}

TEST(MessageFormat, FormatsMoneyInTheAudiencesLanguageAndCurrency) {
  EXPECT_EQ(format("It costs {cost, money}.", {{"cost", kroner(1500)}}),
            "It costs NOK\u00a01,500.");
  EXPECT_EQ(format("{cost, money}", {{"cost", kroner(1500)}}, {Language::kDanish, "DKK"}),
            "1.500\u00a0kr.");
}

TEST(MessageFormat, AnAmountEndingInAFullStopEndsTheSentenceWithoutASecondOne) {
  EXPECT_EQ(format("Du skal bruge mindst {minimum, money}.", {{"minimum", kroner(1000)}},
                   {Language::kDanish, "DKK"}),
            "Du skal bruge mindst 1.000\u00a0kr.");
  EXPECT_EQ(format("{a}. {b}.", {{"a", "A."}, {"b", "B"}}), "A. B.");
}

TEST(MessageFormat, ChoosesThePluralFormByCount) {
  constexpr std::string_view pattern = "{n, plural, =0 {none} one {# vote} other {# votes}}";
  EXPECT_EQ(format(pattern, {{"n", std::int64_t{0}}}), "none");
  EXPECT_EQ(format(pattern, {{"n", std::int64_t{1}}}), "1 vote");
  EXPECT_EQ(format(pattern, {{"n", std::int64_t{12}}}), "12 votes");
}

TEST(MessageFormat, NestsPlaceholdersInsideAPluralBranch) {
  constexpr std::string_view pattern =
      "{k, plural, =0 {{n, plural, one {# vote} other {# votes}} alone} other {with {k}}}";
  EXPECT_EQ(format(pattern, {{"k", std::int64_t{0}}, {"n", std::int64_t{1}}}), "1 vote alone");
  EXPECT_EQ(format(pattern, {{"k", std::int64_t{3}}, {"n", std::int64_t{1}}}), "with 3");
}

TEST(MessageFormat, JoinsAListWithTheLanguagesWords) {
  const std::vector<std::string> items = {"A", "B", "C"};
  EXPECT_EQ(format("{x, list}", {{"x", items}}), "A, B and C");
  EXPECT_EQ(format("{x, list}", {{"x", items}}, {Language::kNorwegianBokmal}), "A, B og C");
  EXPECT_EQ(format("{x, list}", {{"x", std::vector<std::string>{"A"}}}), "A");
}

TEST(MessageFormat, ChoosesTheSelectBranchByTheTextOrOther) {
  constexpr std::string_view pattern =
      "{role, select, administrator {an administrator} reviewer {a reviewer} other {someone}}";
  EXPECT_EQ(format(pattern, {{"role", "reviewer"}}), "a reviewer");
  EXPECT_EQ(format(pattern, {{"role", "mayor"}}), "someone");
  EXPECT_EQ(format("{x, select, a {A {y}} other {-}}", {{"x", "a"}, {"y", "nested"}}), "A nested");
}

TEST(MessageFormat, LeavesAPlaceholderWithoutArgumentAsWritten) {
  EXPECT_EQ(format("Hello {name}.", {}), "Hello {name}.");
}

TEST(MessageFormat, DoesNotReadPlaceholdersInsideArguments) {
  EXPECT_EQ(format("\"{subject}\"", {{"subject", "{limit}"}}), "\"{limit}\"");
}

TEST(Catalog, EveryCatalogHasEveryKeyInEveryLanguage) {
  for (const Catalog& catalog :
       {core_messages(), process_messages(), ballot_messages(), result_messages(),
        people_messages(), setup_messages(), roll_messages()}) {
    EXPECT_EQ(missing_keys(catalog), std::vector<std::string>{});
  }
}

TEST(Catalog, AMissingKeyIsNamedWithItsLanguage) {
  constexpr Message nb[] = {{"a", "A"}, {"b", "B"}};
  constexpr Message other[] = {{"a", "A"}};
  EXPECT_EQ(missing_keys(Catalog{nb, other, nb}), std::vector<std::string>{"da:b"});
}

}  // namespace
}  // namespace sammen
