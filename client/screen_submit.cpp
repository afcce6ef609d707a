// Submit: the ballot once more, the voter code (an HTML field over the canvas,
// so phones raise their keyboard), the demo codes, and the submit button.

#include <string>
#include <vector>

#include "sammen/ballot.h"
#include "sammen/money.h"
#include "screens.h"
#include "strings.h"

namespace sammen::client {

Intent draw_submit(const AppState& state, Ui& ui) {
  Intent intent;
  const Language l = state.language;
  const Process& process = state.detail->process;
  const std::string_view cur = currency(state);

  if (ui.button("back", text(Text::kBack, l), ButtonStyle::kSecondary, 0.0f)) intent = Intent::go_to(Screen::kBallot);
  ui.heading(text(Text::kYourBallot, l));
  ui.muted(district_name(state, state.district_id));

  ui.begin_card();
  for (const std::string& id : state.ballot.proposal_ids) {
    const Proposal* proposal = find_proposal(process, id);
    if (proposal == nullptr) continue;
    ui.paragraph("• " + proposal->title + "  —  " + format_money(proposal->cost, cur, l));
  }
  ui.subheading(fill(text(Text::kTotal, l), {format_money(ballot_cost(state.ballot, process), cur, l)}));
  ui.end_card();
  ui.space(6);

  ui.subheading(text(Text::kVoterCode, l));
  ui.muted(text(Text::kVoterCodeHelp, l));
  ui.text_field("voter-code", text(Text::kVoterCode, l));
  if (const std::string codes = demo_code_list(state); !codes.empty()) {
    ui.notice(fill(text(Text::kDemoCodes, l), {codes}), Tone::kInfo);
  }
  if (state.submit_error) {
    std::string message = error_text(*state.submit_error, l, cur);
    if (state.submit_error->problems.size() > 1) {
      for (const Problem& problem : state.submit_error->problems)
        message += "\n• " + sentence(problem, l, cur);
    }
    ui.notice(message, Tone::kError);
  }
  ui.space(4);
  const bool valid = validate(state.ballot, process).empty();
  if (ui.button("submit", text(state.submitting ? Text::kSending : Text::kSubmit, l), ButtonStyle::kPrimary,
                Ui::kFill, valid && !state.submitting)) {
    intent = Intent::of(Intent::Kind::kSubmit);
  }
  return intent;
}

}  // namespace sammen::client
