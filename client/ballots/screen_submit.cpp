// Submit: the ballot once more, the voter code or receipt (an HTML field over
// the canvas, so phones raise their keyboard; or the receipt this tab already
// has), the demo codes, and the submit button.

#include <string>
#include <vector>

#include "ballots/screens.h"
#include "core/say.h"
#include "demo/update.h"
#include "sammen/ballots/screen_messages.h"
#include "sammen/core/error_table.h"
#include "sammen/core/screen_messages.h"
#include "sammen/credentials/screen_messages.h"
#include "sammen/demo/screen_messages.h"
#include "screen_list.h"

namespace sammen::client::ballots {

void ballot_card(const AppState& state, Ui& ui, const Ballot& ballot, std::string_view heading) {
  const Language language = state.language;
  const Process& process = state.processes.detail->process;
  const std::string_view cur = currency(state);
  ui.begin_card();
  if (!heading.empty()) ui.subheading(heading);
  for (const std::string& id : ballot.proposal_ids) {
    const Proposal* proposal = find_proposal(process, id);
    ui.paragraph(
        "• " +
        (proposal ? proposal->title + "  —  " + format_money(proposal->cost, cur, language) : id));
  }
  ui.subheading(say(ballot_screen_messages(), "total", language, {{"total", ballot_cost(ballot, process)}}, cur));
  ui.end_card();
}

std::string submit_title(const AppState& state) {
  return say(ballot_screen_messages(), "your_ballot", state.language);
}

bool has_choices(const AppState& state) {
  return district_chosen(state) && !state.ballots.ballot.proposal_ids.empty();
}

Intent draw_submit(const AppState& state, Ui& ui) {
  const Language language = state.language;
  const std::string_view cur = currency(state);

  Intent intent = back_button(state, ui, kBallotScreen);
  ui.heading(say(ballot_screen_messages(), "your_ballot", language));
  ui.muted(district_name(state, state.ballots.district_id));
  ballot_card(state, ui, state.ballots.ballot, "");
  ui.space(6);

  if (!state.ballots.credential.empty()) {  // changing a vote cast from this tab
    ui.subheading(say(credential_screen_messages(), "receipt", language));
    ui.paragraph(receipt_in_groups(state.ballots.credential));
  } else {
    ui.subheading(say(ballot_screen_messages(), "voter_code", language));
    ui.muted(say(ballot_screen_messages(), "voter_code_help", language));
    ui.text_field("voter-code", say(ballot_screen_messages(), "voter_code", language));
  }
  if (const std::string codes = demo::code_list(state);
      !codes.empty() && state.ballots.credential.empty()) {
    ui.notice(say(demo_screen_messages(), "codes", language, {{"codes", codes}}), Tone::kInfo);
  }
  if (const std::optional<ServerError>& error = state.ballots.submit_error) {
    std::string message = error_text(*error, language, cur);
    if (error->problems.size() > 1) {
      for (const Problem& problem : error->problems)
        message += "\n• " + sentence(problem, language, cur);
    }
    ui.notice(message, Tone::kError);
  }
  ui.space(4);
  const bool valid = validate(state.ballots.ballot, state.processes.detail->process).empty();
  const bool submitting = state.ballots.submitting;
  if (ui.button("submit", say(ballot_screen_messages(), submitting ? "sending" : "submit", language),
                ButtonStyle::kPrimary, Ui::kFill, valid && !submitting)) {
    intent = Submit{};
  }
  return intent;
}

}  // namespace sammen::client::ballots
