// The screen list: one line per screen, grouped by feature, with each
// screen's address and the HTML page that shows the same; and the routes
// between addresses and screens.
#include "screen_list.h"

#include <cctype>
#include <cstdlib>
#include <vector>

#include "audit/screens.h"
#include "audit/update.h"
#include "ballots/screens.h"
#include "ballots/update.h"
#include "core/http.h"
#include "core/say.h"
#include "people/screens.h"
#include "people/update.h"
#include "processes/screens.h"
#include "processes/update.h"
#include "results/screens.h"
#include "results/update.h"
#include "rolls/screens.h"
#include "rolls/update.h"
#include "setup/screens.h"
#include "setup/update.h"
#include "sammen/core/screen_messages.h"

namespace sammen::client {
namespace {

constexpr const char* kBallotPath = "processes/{process}/districts/{district}/ballot";

const ScreenEntry kScreens[] = {
    {.id = processes::kLoadingScreen,
     .draw = processes::draw_loading,
     .title = processes::loading_title},
    {.id = processes::kStartScreen,
     .draw = processes::draw_start,
     .path = "processes/{process}",
     .html_path = "processes/{process}",
     .title = processes::start_title,
     .on_enter = processes::refresh},
    {.id = ballots::kDistrictScreen,
     .draw = ballots::draw_district,
     .path = "processes/{process}/districts",
     .html_path = "processes/{process}",
     .title = ballots::district_title},
    {.id = ballots::kBallotScreen,
     .draw = ballots::draw_ballot,
     .path = kBallotPath,
     .html_path = kBallotPath,
     .title = ballots::ballot_title,
     .status = ballots::budget_status,
     .bottom_bar = ballots::draw_ballot_bar,
     .shows_bottom_bar = ballots::can_vote,
     .reachable = ballots::district_chosen,
     .fallback = ballots::kDistrictScreen},
    {.id = ballots::kSubmitScreen,
     .draw = ballots::draw_submit,
     .path = "processes/{process}/districts/{district}/ballot/code",
     .html_path = kBallotPath,
     .title = ballots::submit_title,
     .poll = ballots::poll_voter_code,
     .reachable = ballots::has_choices,
     .fallback = ballots::kBallotScreen},
    {.id = ballots::kConfirmationScreen,
     .draw = ballots::draw_confirmation,
     .path = "processes/{process}/districts/{district}/ballot/confirmation",
     .html_path = kBallotPath,
     .title = ballots::confirmation_title,
     .reachable = ballots::has_receipt,
     .fallback = ballots::kBallotScreen},
    {.id = results::kResultsScreen,
     .draw = results::draw_results,
     .path = "processes/{process}/results",
     .html_path = "processes/{process}/results",
     .title = results::results_title,
     .on_enter = results::load,
     .reachable = results::published,
     .fallback = processes::kStartScreen},
    {.id = processes::kNoneScreen, .draw = processes::draw_none, .title = processes::none_title},

    // The staff's console: signing in, then by role.
    {.id = people::kSignInScreen,
     .draw = people::draw_sign_in,
     .path = "staff/sign-in",
     .title = people::sign_in_title,
     .on_enter = people::check_session,
     .poll = people::poll_sign_in,
     .staff = true},
    {.id = people::kPasswordScreen,
     .draw = people::draw_password,
     .path = "staff/password",
     .title = people::password_title,
     .poll = people::poll_password,
     .reachable = people::signed_in,
     .fallback = people::kSignInScreen,
     .staff = true},
    {.id = setup::kConsoleScreen,
     .draw = setup::draw_console,
     .path = "staff",
     .title = setup::console_title,
     .on_enter = setup::enter_console,
     .reachable = people::signed_in,
     .fallback = people::kSignInScreen,
     .staff = true},
    {.id = setup::kMunicipalityScreen,
     .draw = setup::draw_municipality,
     .path = "staff/municipality",
     .title = setup::municipality_title,
     .on_enter = setup::enter_municipality,
     .reachable = people::administrator,
     .fallback = setup::kConsoleScreen,
     .staff = true},
    {.id = setup::kProcessScreen,
     .draw = setup::draw_process,
     .path = "staff/processes/{process}/settings",
     .title = setup::process_title,
     .on_enter = setup::enter_process,
     .reachable = people::administrator,
     .fallback = setup::kConsoleScreen,
     .staff = true},
    {.id = setup::kProposalsScreen,
     .draw = setup::draw_proposals,
     .path = "staff/processes/{process}/proposals",
     .title = setup::proposals_title,
     .on_enter = setup::enter_proposals,
     .reachable = setup::process_chosen,
     .fallback = setup::kConsoleScreen,
     .staff = true},
    {.id = rolls::kRollScreen,
     .draw = rolls::draw_roll,
     .path = "staff/processes/{process}/roll",
     .title = rolls::roll_title,
     .on_enter = rolls::enter,
     .poll = rolls::poll_file,
     .reachable = setup::process_chosen,
     .fallback = setup::kConsoleScreen,
     .staff = true},
    {.id = setup::kVotingScreen,
     .draw = setup::draw_voting,
     .path = "staff/processes/{process}/voting",
     .title = setup::voting_title,
     .on_enter = setup::enter_voting,
     .reachable = setup::process_chosen,
     .fallback = setup::kConsoleScreen,
     .staff = true},
    {.id = people::kPeopleScreen,
     .draw = people::draw_people,
     .path = "staff/people",
     .title = people::people_title,
     .on_enter = people::load_people,
     .reachable = people::administrator,
     .fallback = setup::kConsoleScreen,
     .staff = true},
    {.id = audit::kAuditScreen,
     .draw = audit::draw_audit,
     .path = "staff/audit",
     .title = audit::audit_title,
     .on_enter = audit::enter,
     .reachable = people::administrator,
     .fallback = setup::kConsoleScreen,
     .staff = true},
};

// `pattern` with {process} and {district} filled in, percent-encoded.
std::string filled(std::string_view pattern, const Route& route) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern.substr(i, 9) == "{process}") {
      out += percent_encoded(route.process_id);
      i += 9;
    } else if (pattern.substr(i, 10) == "{district}") {
      out += percent_encoded(route.district_id);
      i += 10;
    } else {
      out.push_back(pattern[i++]);
    }
  }
  return out;
}

std::string percent_decoded(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out.push_back(
          static_cast<char>(std::strtol(std::string(text.substr(i + 1, 2)).c_str(), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    const std::size_t slash = path.find('/');
    if (slash != 0) out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return out;
}

// The route `pattern` makes of `parts`, if it matches them.
std::optional<Route> matched(const ScreenEntry& entry, const std::vector<std::string_view>& parts) {
  const std::vector<std::string_view> pattern = segments(entry.path);
  if (pattern.empty() || pattern.size() != parts.size()) return std::nullopt;
  Route route{entry.id, "", ""};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (pattern[i] == "{process}") {
      route.process_id = percent_decoded(parts[i]);
    } else if (pattern[i] == "{district}") {
      route.district_id = percent_decoded(parts[i]);
    } else if (pattern[i] != parts[i]) {
      return std::nullopt;
    }
  }
  return route;
}

}  // namespace

Intent back_button(const AppState& state, Ui& ui, ScreenId to) {
  if (ui.button("back", say(common_screen_messages(), "back", state.language),
                ButtonStyle::kSecondary, 0.0f)) {
    return GoTo{to};
  }
  return {};
}

const ScreenEntry& screen_entry(ScreenId id) {
  for (const ScreenEntry& entry : kScreens) {
    if (entry.id == id) return entry;
  }
  return kScreens[0];
}

Route route_of(const AppState& state) {
  if (screen_entry(state.screen).staff) return {state.screen, setup::process_of(state), ""};
  return {state.screen, state.processes.detail ? state.processes.detail->process.id : std::string(),
          state.ballots.district_id};
}

std::string address_of(const Route& route) {
  const ScreenEntry& entry = screen_entry(route.screen);
  const bool needs_process = std::string_view(entry.path).find("{process}") != std::string_view::npos;
  if (*entry.path == '\0' || (needs_process && route.process_id.empty())) return {};
  return "#/" + filled(entry.path, route);
}

std::optional<Route> route_from_address(std::string_view hash) {
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  const std::vector<std::string_view> parts = segments(hash);
  for (const ScreenEntry& entry : kScreens) {
    if (std::optional<Route> route = matched(entry, parts)) return route;
  }
  return std::nullopt;
}

std::string html_page_of(const Route& route) {
  const ScreenEntry& entry = screen_entry(route.screen);
  if (*entry.html_path == '\0' || route.process_id.empty()) return "/html/";
  return "/html/" + filled(entry.html_path, route);
}

}  // namespace sammen::client
