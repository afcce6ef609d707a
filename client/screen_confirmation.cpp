// Confirmation: the server stored the ballot (or replaced an earlier one); it
// lists what the server says it stored, not what the client sent.

#include <string>

#include "sammen/ballot.h"
#include "sammen/ladder.h"
#include "sammen/money.h"
#include "screens.h"
#include "strings.h"

namespace sammen::client {

Intent draw_confirmation(const AppState& state, Ui& ui) {
  Intent intent;
  const Language l = state.language;
  const Process& process = state.detail->process;
  const wire::BallotReceipt& receipt = *state.receipt;
  const std::string_view cur = currency(state);

  ui.space(8);
  ui.heading("✓ " + std::string(text(Text::kStored, l)));
  if (receipt.replaced) ui.notice(text(Text::kReplaced, l), Tone::kInfo);
  ui.space(4);

  ui.begin_card();
  ui.subheading(std::string(text(Text::kYourBallot, l)) + " — " + district_name(state, receipt.ballot.district_id));
  for (const std::string& id : receipt.ballot.proposal_ids) {
    const Proposal* proposal = find_proposal(process, id);
    ui.paragraph("• " + (proposal ? proposal->title + "  —  " + format_money(proposal->cost, cur, l) : id));
  }
  ui.subheading(fill(text(Text::kTotal, l), {format_money(ballot_cost(receipt.ballot, process), cur, l)}));
  ui.end_card();

  ui.paragraph(rung_promise(process.rung, l));
  ui.muted(text(Text::kCanRevote, l));
  ui.space(4);
  if (process.result_published && ui.button("results", text(Text::kSeeResult, l))) {
    intent = Intent::of(Intent::Kind::kOpenResult);
  }
  if (ui.button("change_vote", text(Text::kChangeVote, l), ButtonStyle::kSecondary)) intent = Intent::go_to(Screen::kBallot);
  if (ui.button("to_start", text(Text::kToStart, l), ButtonStyle::kSecondary)) intent = Intent::go_to(Screen::kStart);
  return intent;
}

}  // namespace sammen::client
