// District: choose the district to vote in; each shows its budget.

#include <string>

#include "sammen/money.h"
#include "screens.h"
#include "strings.h"

namespace sammen::client {

Intent draw_district(const AppState& state, Ui& ui) {
  Intent intent;
  const Language l = state.language;
  const Process& process = state.detail->process;

  if (ui.button("back", text(Text::kBack, l), ButtonStyle::kSecondary, 0.0f)) intent = Intent::go_to(Screen::kStart);
  ui.heading(text(Text::kChooseDistrict, l));
  ui.muted(text(Text::kChooseDistrictIntro, l));
  ui.space(4);

  for (const DistrictBudget& budget : process.budgets) {
    const auto count = static_cast<std::int64_t>(proposals_in(state, budget.district_id).size());
    const std::string line = fill(text(Text::kBudget, l), {format_money(budget.budget, currency(state), l)}) +
                             "  ·  " + counted(Text::kProposalCount, count, l);
    if (ui.card_button("district:" + budget.district_id, district_name(state, budget.district_id), line)) {
      intent = Intent::with_id(Intent::Kind::kChooseDistrict, budget.district_id);
    }
  }
  return intent;
}

}  // namespace sammen::client
