// Start: the process, the rung it stands on stated plainly, and its phase.

#include "sammen/ladder.h"
#include "sammen/problem.h"
#include "screens.h"
#include "strings.h"

namespace sammen::client {

std::string error_text(const ServerError& error, Language language, std::string_view currency) {
  if (!error.problems.empty()) return sentence(error.problems.front(), language, currency);
  if (error.code == "network" || error.message.empty()) return std::string(text(Text::kNetworkError, language));
  return error.message;  // a code this build does not know, in the server's words
}

Intent draw_loading(const AppState& state, Ui& ui) {
  Intent intent;
  ui.space(24);
  if (state.load_error) {
    ui.notice(error_text(*state.load_error, state.language, currency(state)), Tone::kError);
    ui.space();
    if (ui.button("retry", text(Text::kRetry, state.language))) intent = Intent::of(Intent::Kind::kRetryLoad);
  } else {
    ui.muted(text(Text::kLoading, state.language));
  }
  return intent;
}

std::string demo_code_list(const AppState& state) {
  if (!state.demo) return {};
  constexpr std::size_t kShown = 3;  // a few are enough to try the demo
  const std::vector<std::string>& all = state.demo->voter_codes;
  std::string codes;
  for (std::size_t i = 0; i < all.size() && i < kShown; ++i) codes += (i == 0 ? "" : ", ") + all[i];
  if (all.size() > kShown) codes += ", …";
  return codes;
}

Intent draw_start(const AppState& state, Ui& ui) {
  Intent intent;
  const Language l = state.language;
  const wire::ProcessDetail& detail = *state.detail;
  const Process& process = detail.process;

  ui.muted(detail.municipality.name);
  ui.heading(process.title);
  if (!process.description.empty()) ui.paragraph(process.description);
  ui.space(4);

  ui.begin_card();
  ui.subheading(fill(text(Text::kRungLabel, l), {rung_name(process.rung, l)}));
  ui.paragraph(rung_promise(process.rung, l));
  ui.end_card(vote_is_binding(process.rung));

  const std::string phase =
      detail.phase ? fill(text(Text::kPhase, l), {phase_name(*detail.phase, l)}) : std::string(text(Text::kNoPhase, l));
  std::string voting;
  if (!rung_allows(process.rung, Action::kVote)) {
    voting = text(Text::kCannotVote, l);
  } else if (detail.voting_open) {
    voting = text(Text::kVotingOpen, l);
  } else {
    voting = sentence({process.voting_closed ? ErrorCode::kVotingClosed : ErrorCode::kVotingNotOpen, ""}, l);
  }
  ui.notice(phase + " " + voting, detail.voting_open ? Tone::kSuccess : Tone::kInfo);
  ui.space(4);

  if (const std::string codes = demo_code_list(state); !codes.empty() && detail.voting_open) {
    ui.notice(fill(text(Text::kDemoIntro, l), {codes}), Tone::kInfo);
    ui.space(4);
  }

  const bool published = process.result_published;
  if (published && ui.button("results", text(Text::kSeeResult, l))) {
    intent = Intent::of(Intent::Kind::kOpenResult);
  }
  if (ui.button("start", text(Text::kChooseDistrict, l), published ? ButtonStyle::kSecondary : ButtonStyle::kPrimary)) {
    intent = Intent::go_to(Screen::kDistrict);
  }

  if (state.processes.size() > 1) {
    ui.space(12);
    ui.subheading(text(Text::kOtherProcesses, l));
    for (const wire::ProcessSummary& other : state.processes) {
      if (other.id == process.id) continue;
      const std::string status = other.voting_open ? std::string(text(Text::kVotingOpen, l)) : std::string();
      if (ui.card_button("process:" + other.id, other.title, status)) {
        intent = Intent::with_id(Intent::Kind::kChooseProcess, other.id);
      }
    }
  }
  return intent;
}

}  // namespace sammen::client
