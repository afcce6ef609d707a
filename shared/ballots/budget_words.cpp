#include "sammen/ballots/budget_words.h"

#include "sammen/ballots/screen_messages.h"

namespace sammen {

std::string money_left_sentence(const BudgetBar& bar, const Audience& audience) {
  const std::int64_t left = bar.limit - bar.used;
  if (left < 0) return render(ballot_screen_messages(), "over_budget_by", {{"over", -left}}, audience);
  return render(ballot_screen_messages(), "left", {{"left", left}}, audience);
}

}  // namespace sammen
