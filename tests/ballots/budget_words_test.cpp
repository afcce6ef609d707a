// What the budget bar says about the money left, in every language.
#include "sammen/ballots/budget_words.h"

#include <gtest/gtest.h>

#include "sammen/core/money.h"

namespace sammen {
namespace {

BudgetBar money_bar(Money used, Money limit) {
  return {BudgetBar::Measure::kMoney, used, limit, 0};
}

TEST(BudgetWords, SaysWhatIsLeftWithinTheBudget) {
  EXPECT_EQ(money_left_sentence(money_bar(kroner(2'330'000), kroner(2'500'000)),
                                {Language::kNorwegianBokmal, "NOK"}),
            "Igjen: 170\u00a0000\u00a0kr");
}

TEST(BudgetWords, SaysHowFarOverTheBudgetInsteadOfANegativeAmountLeft) {
  const BudgetBar over = money_bar(kroner(2'800'000), kroner(2'500'000));
  EXPECT_EQ(money_left_sentence(over, {Language::kNorwegianBokmal, "NOK"}),
            "Over budsjettet med 300\u00a0000\u00a0kr");
  EXPECT_EQ(money_left_sentence(over, {Language::kDanish, "DKK"}),
            "Over budgettet med 300.000\u00a0kr.");
  EXPECT_EQ(money_left_sentence(over, {Language::kEnglish, "NOK"}),
            "Over the budget by NOK\u00a0300,000");
}

}  // namespace
}  // namespace sammen
