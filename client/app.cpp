#include "app.h"

#include "audit/update.h"
#include "ballots/update.h"
#include "core/say.h"
#include "core/top_bar.h"
#include "demo/update.h"
#include "people/screens.h"
#include "people/update.h"
#include "processes/update.h"
#include "results/update.h"
#include "rolls/update.h"
#include "setup/update.h"
#include "sammen/core/screen_messages.h"
#include "screen_list.h"
#include "test_hooks.h"

namespace sammen::client {
namespace {

constexpr std::string_view kKeptBallot = "sammen.ballot";

// The intents of no feature.
void apply(AppState&, const std::monostate&, Outbox&) {}

void apply(AppState& state, const SetLanguage& intent, Outbox&) {
  state.language = intent.language;
}

void apply(AppState& state, const GoTo& intent, Outbox& outbox) {
  state.screen = intent.screen;
  if (const auto on_enter = screen_entry(intent.screen).on_enter) on_enter(state, outbox);
}

void apply(AppState& state, const Restart&, Outbox& outbox) {
  state.wanted.reset();  // the address named what could not be loaded
  processes::start(state, outbox);
  demo::start(state, outbox);
}

// Lands on the route's screen, or on the nearest one the resident can be on:
// a ballot needs its district, the voter code a choice, the confirmation a
// stored ballot, the results a published result.
void apply(AppState& state, const FollowRoute& intent, Outbox& outbox) {
  const Route& route = intent.route;
  if (screen_entry(route.screen).staff) {
    // A staff screen: once signed in (the sign-in finds out whether the
    // browser still is), with the process it names.
    if (people::signed_in(state)) return setup::follow(state, route, outbox);
    state.people.then = route;
    state.screen = people::kSignInScreen;
    return people::check_session(state, outbox);
  }
  if (!state.processes.detail) {  // nothing published yet: nothing else to land on
    state.screen = processes::kNoneScreen;
    return;
  }
  if (!route.district_id.empty()) ballots::choose_district(state, route.district_id);
  ScreenId screen = route.screen;
  for (int hop = 0; hop < 4; ++hop) {
    const ScreenEntry& entry = screen_entry(screen);
    if (entry.reachable == nullptr || entry.reachable(state)) break;
    screen = entry.fallback;
  }
  apply(state, GoTo{screen}, outbox);
}

// Each intent to its feature's apply() (found with the intent's namespace).
void dispatch(AppState& state, const Intent& intent, Outbox& outbox) {
  std::visit([&](const auto& wish) { apply(state, wish, outbox); }, intent);
}

}  // namespace

App::App() {
  if (std::optional<Language> language = language_from_tag(platform::requested_language())) {
    state_.language = *language;
  }
}

void App::start() {
  apply(state_, Restart{}, outbox_);
  state_.wanted = route_from_address(platform::location_hash());  // a reload or a shared link
  send_all();
}

void App::send_all() {
  for (Outbox::Letter& letter : outbox_.take())
    in_flight_[platform::send_http(letter.request)] = letter.on_answer;
}

void App::take_answers() {
  for (const platform::HttpResponse& response : platform::take_http_responses()) {
    auto it = in_flight_.find(response.id);
    if (it == in_flight_.end()) continue;
    const Outbox::OnAnswer on_answer = it->second;
    in_flight_.erase(it);
    on_answer(state_, response, outbox_);
  }
  // Another process is shown: what the features knew of the last one goes
  // (but a ballot kept across a reload of the page comes back).
  if (state_.processes.detail && state_.processes.detail->process.id != shown_process_) {
    shown_process_ = state_.processes.detail->process.id;
    ballots::begin(state_, shown_process_, platform::recall(kKeptBallot));
    state_.results = {};
  }
}

void App::draw(Ui& ui, Intent& intent) {
  const ScreenEntry& screen = screen_entry(state_.screen);
  if (screen.poll) keep(intent, screen.poll(state_));
  if (state_.screen != drawn_screen_) {
    ui.scroll_to_top();
    drawn_screen_ = state_.screen;
  }
  const bool bottom_bar =
      screen.bottom_bar && (!screen.shows_bottom_bar || screen.shows_bottom_bar(state_));

  ui.begin_frame();
  ui.begin_top_bar();
  const TopBarChoice top = draw_top_bar(state_.language, people::staff_label(state_), ui);
  if (top.language) intent = SetLanguage{*top.language};
  if (top.staff) intent = people::OpenConsole{};
  ui.end_top_bar();
  ui.begin_page(bottom_bar);
  keep(intent, screen.draw(state_, ui));
  ui.end_page();
  if (bottom_bar) {
    ui.begin_bottom_bar();
    keep(intent, screen.bottom_bar(state_, ui));
    ui.end_bottom_bar();
  }

  for (const TextFieldPlacement& field : ui.text_fields()) {
    platform::place_text_field(field.name, {field.rect.x, field.rect.y, field.rect.w, field.rect.h},
                               field.placeholder, field.kind);
    if (const int dir = platform::take_text_field_tab(field.name))
      ui.tab_from_field(field.name, dir);
  }
  if (platform::take_canvas_entry()) ui.enter_from_page();
  const FocusMove move = ui.end_frame();
  if (move.kind == FocusMove::Kind::kTextField) platform::focus_text_field(move.field);
  if (move.kind == FocusMove::Kind::kLeaveForward || move.kind == FocusMove::Kind::kLeaveBackward) {
    platform::focus_page_link();
  }
  platform::end_frame();
}

void App::tell_page() {
  const ScreenEntry& screen = screen_entry(state_.screen);
  const Route route = route_of(state_);
  const std::string address = address_of(route);
  const std::string_view tag = language_tag(state_.language);
  if (!address.empty() && (address != shown_address_ || state_.language != shown_language_)) {
    // A new screen is a new history entry; a new language or a corrected address is not.
    platform::show_location(
        address, tag, !replace_address_ && address != shown_address_ && !shown_address_.empty());
    shown_address_ = address;
    shown_language_ = state_.language;
  }
  if (!address.empty()) replace_address_ = false;

  const std::string title = screen.title ? screen.title(state_) : std::string();
  platform::PageFacts facts{std::string(tag), title.empty() ? "Sammen" : title + " – Sammen",
                            html_page_of(route) + "?lang=" + std::string(tag),
                            say(common_screen_messages(), "simple_version", state_.language)};
  if (facts.language_tag != page_facts_.language_tag || facts.title != page_facts_.title ||
      facts.simple_href != page_facts_.simple_href ||
      facts.simple_label != page_facts_.simple_label) {
    platform::describe_page(facts);
    page_facts_ = std::move(facts);
  }

  // The live region: the screen when it appears, then its status whenever it changes.
  const std::string status = screen.status ? screen.status(state_) : std::string();
  if (ready(state_) && title != announced_title_) {
    platform::announce(status.empty() ? title : title + ". " + status);
    announced_title_ = title;
    announced_status_ = status;
  } else if (ready(state_) && status != announced_status_) {
    platform::announce(status);
    announced_status_ = status;
  }

  if (state_.processes.detail) {
    std::string kept = ballots::kept(state_);
    if (kept != kept_) {
      platform::remember(kKeptBallot, kept);
      kept_ = std::move(kept);
    }
  }
}

void App::frame(Ui& ui) {
  ++state_.frame;
  take_answers();
  // Back, Forward or an edited address: go there; the address is already shown.
  if (std::optional<std::string> moved = platform::take_location_change()) {
    shown_address_ = *moved;
    replace_address_ = true;
    Route start{processes::kStartScreen, shown_process_, ""};
    state_.wanted = route_from_address(*moved).value_or(start);
  }
  // Where the address asks to go, once its process is loaded (a staff
  // screen's process is the console's to load).
  const bool loaded = ready(state_);
  if (state_.wanted && loaded) {
    if (state_.wanted->process_id.empty() || state_.wanted->process_id == shown_process_ ||
        screen_entry(state_.wanted->screen).staff) {
      dispatch(state_, FollowRoute{*std::exchange(state_.wanted, std::nullopt)}, outbox_);
    } else {
      dispatch(state_, processes::ChooseProcess{state_.wanted->process_id}, outbox_);
    }
  }

  Intent intent;
  draw(ui, intent);
  dispatch(state_, intent, outbox_);
  send_all();
  tell_page();

  std::string hooks = test_hooks_json(state_, ui);
  if (hooks != published_hooks_) {
    platform::publish_test_hooks(hooks);
    published_hooks_ = std::move(hooks);
  }
}

}  // namespace sammen::client
