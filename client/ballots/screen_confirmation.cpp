// Confirmation: the server stored the ballot (or replaced an earlier one); it
// lists what the server says it stored, not what the client sent, and the
// receipt: what it is, why to keep it, and buttons to copy and save it.

#include "ballots/screens.h"
#include "core/say.h"
#include "sammen/ballots/screen_messages.h"
#include "sammen/core/screen_messages.h"
#include "sammen/credentials/screen_messages.h"
#include "sammen/processes/ladder.h"
#include "sammen/results/screen_messages.h"

namespace sammen::client::ballots {

std::string confirmation_title(const AppState& state) {
  return say(ballot_screen_messages(), "stored", state.language);
}

std::string receipt_in_groups(std::string_view receipt) {
  std::string out(receipt);
  for (char& c : out) {
    if (c == '-') c = ' ';
  }
  return out;
}

bool has_receipt(const AppState& state) {
  return district_chosen(state) && state.ballots.receipt.has_value() &&
         state.ballots.receipt->ballot.district_id == state.ballots.district_id;
}

Intent draw_confirmation(const AppState& state, Ui& ui) {
  Intent intent;
  const Language language = state.language;
  const Process& process = state.processes.detail->process;
  const BallotReceipt& receipt = *state.ballots.receipt;

  ui.space(8);
  ui.heading("✓ " + say(ballot_screen_messages(), "stored", language));
  if (receipt.replaced) ui.notice(say(ballot_screen_messages(), "replaced", language), Tone::kInfo);
  ui.space(4);

  // What the server says it stored, not what the client sent.
  ballot_card(state, ui, receipt.ballot,
              say(ballot_screen_messages(), "your_ballot", language) + " — " +
                  district_name(state, receipt.ballot.district_id));

  if (!state.ballots.credential.empty()) {
    const Catalog words = credential_screen_messages();
    ui.begin_card();
    ui.subheading(say(words, "receipt", language));
    ui.paragraph(receipt_in_groups(state.ballots.credential));
    ui.paragraph(say(words, "keep_receipt", language));
    ui.muted(say(words, "mark", language, {{"mark", receipt.mark}}));
    if (ui.button("copy_receipt", say(words, "copy", language), ButtonStyle::kSecondary)) {
      platform::copy_text(state.ballots.credential);
    }
    if (ui.button("save_receipt", say(words, "save", language), ButtonStyle::kSecondary)) {
      platform::save_text("receipt-" + process.id + ".txt",
                          say(words, "receipt_file", language,
                              {{"process", process.title},
                               {"receipt", state.ballots.credential},
                               {"mark", receipt.mark}}));
    }
    ui.end_card();
  }
  ui.paragraph(rung_promise(process.rung, language));
  ui.muted(say(ballot_screen_messages(), "can_revote", language));
  ui.space(4);
  if (process.result_published &&
      ui.button("results", say(result_screen_messages(), "see_result", language))) {
    intent = GoTo{results::kResultsScreen};
  }
  if (ui.button("change_vote", say(ballot_screen_messages(), "change_vote", language), ButtonStyle::kSecondary)) {
    intent = GoTo{kBallotScreen};
  }
  if (ui.button("to_start", say(ballot_screen_messages(), "to_start", language), ButtonStyle::kSecondary)) {
    intent = GoTo{processes::kStartScreen};
  }
  return intent;
}

}  // namespace sammen::client::ballots
