// Loading, and the start screen: the process, the rung it stands on stated
// plainly, where it stands (the model's standing sentence: its phase, and
// whether one can vote or the result is out), and the ways on (the ballot,
// the result, other processes).

#include "sammen/ballots/screen_messages.h"
#include "core/say.h"
#include "sammen/core/screen_messages.h"
#include "sammen/demo/screen_messages.h"
#include "demo/update.h"
#include "sammen/processes/screen_messages.h"
#include "processes/screens.h"
#include "sammen/results/screen_messages.h"
#include "sammen/processes/ladder.h"
#include "sammen/processes/standing.h"

namespace sammen::client::processes {

std::string loading_title(const AppState& state) {
  return say(common_screen_messages(), "loading", state.language);
}

std::string start_title(const AppState& state) {
  return state.processes.detail ? state.processes.detail->process.title : loading_title(state);
}

Intent draw_loading(const AppState& state, Ui& ui) {
  Intent intent;
  ui.space(24);
  if (state.processes.load_error) {
    ui.notice(error_text(*state.processes.load_error, state.language, currency(state)),
              Tone::kError);
    ui.space();
    if (ui.button("retry", say(common_screen_messages(), "retry", state.language))) intent = Restart{};
  } else {
    ui.muted(say(common_screen_messages(), "loading", state.language));
  }
  return intent;
}

std::string none_title(const AppState& state) {
  return say(process_screen_messages(), "no_process_yet", state.language);
}

Intent draw_none(const AppState& state, Ui& ui) {
  ui.space(24);
  ui.heading(none_title(state));
  ui.muted(say(process_screen_messages(), "no_process_yet_help", state.language));
  return {};
}

Intent draw_start(const AppState& state, Ui& ui) {
  Intent intent;
  const Language language = state.language;
  const ProcessDetail& detail = *state.processes.detail;
  const Process& process = detail.process;

  ui.muted(detail.municipality.name);
  ui.heading(process.title);
  if (!process.description.empty()) ui.paragraph(process.description);
  ui.space(4);

  ui.begin_card();
  ui.subheading(say(process_screen_messages(), "rung", language, {{"rung", rung_name(process.rung, language)}}));
  ui.paragraph(rung_promise(process.rung, language));
  ui.end_card(vote_is_binding(process.rung));

  ui.notice(standing_sentence(detail, language), detail.voting_open ? Tone::kSuccess : Tone::kInfo);
  ui.space(4);

  if (const std::string codes = demo::code_list(state); !codes.empty() && detail.voting_open) {
    ui.notice(say(demo_screen_messages(), "intro", language, {{"codes", codes}}), Tone::kInfo);
    ui.space(4);
  }

  const bool published = process.result_published;
  if (published && ui.button("results", say(result_screen_messages(), "see_result", language))) {
    intent = GoTo{results::kResultsScreen};
  }
  if (ui.button("start", say(ballot_screen_messages(), "choose_district", language),
                published ? ButtonStyle::kSecondary : ButtonStyle::kPrimary)) {
    intent = GoTo{ballots::kDistrictScreen};
  }

  if (state.processes.list.size() > 1) {
    ui.space(12);
    ui.subheading(say(process_screen_messages(), "other_processes", language));
    for (const ProcessSummary& other : state.processes.list) {
      if (other.id == process.id) continue;
      const std::string status =
          other.voting_open ? say(process_screen_messages(), "voting_open", language) : std::string();
      if (ui.card_button("process:" + other.id, other.title, status))
        intent = ChooseProcess{other.id};
    }
  }
  return intent;
}

}  // namespace sammen::client::processes
