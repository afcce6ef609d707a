#include "app.h"

#include "ballots/update.h"
#include "core/platform.h"
#include "core/top_bar.h"
#include "demo/update.h"
#include "processes/update.h"
#include "results/update.h"
#include "screen_list.h"
#include "test_hooks.h"

namespace sammen::client {
namespace {

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
  processes::start(state, outbox);
  demo::start(state, outbox);
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
  dispatch(state_, Restart{}, outbox_);
  send_all();
}

void App::send_all() {
  for (Outbox::Letter& letter : outbox_.take())
    in_flight_[platform::send_http(letter.request)] = letter.on_answer;
}

void App::frame(Ui& ui) {
  ++state_.frame;
  for (const platform::HttpResponse& response : platform::take_http_responses()) {
    auto it = in_flight_.find(response.id);
    if (it == in_flight_.end()) continue;
    const Outbox::OnAnswer on_answer = it->second;
    in_flight_.erase(it);
    on_answer(state_, response, outbox_);
  }
  // Another process is shown: what the features knew of the last one goes.
  if (state_.processes.detail && state_.processes.detail->process.id != shown_process_) {
    shown_process_ = state_.processes.detail->process.id;
    ballots::begin(state_, shown_process_);
    state_.results = {};
  }

  const ScreenEntry& screen = screen_entry(state_.screen);
  Intent intent;
  if (screen.poll) intent = screen.poll(state_);
  if (state_.screen != drawn_screen_) {
    ui.scroll_to_top();
    drawn_screen_ = state_.screen;
  }

  ui.begin_frame();
  ui.begin_top_bar();
  if (std::optional<Language> language = draw_top_bar(state_.language, ui))
    intent = SetLanguage{*language};
  ui.end_top_bar();
  ui.begin_page(screen.bottom_bar != nullptr);
  keep(intent, screen.draw(state_, ui));
  ui.end_page();
  if (screen.bottom_bar) {
    ui.begin_bottom_bar();
    keep(intent, screen.bottom_bar(state_, ui));
    ui.end_bottom_bar();
  }

  for (const TextFieldPlacement& field : ui.text_fields()) {
    platform::place_text_field(field.name, {field.rect.x, field.rect.y, field.rect.w, field.rect.h},
                               field.placeholder);
  }
  platform::end_frame();

  dispatch(state_, intent, outbox_);
  send_all();

  std::string hooks = test_hooks_json(state_, ui);
  if (hooks != published_hooks_) {
    platform::publish_test_hooks(hooks);
    published_hooks_ = std::move(hooks);
  }
}

}  // namespace sammen::client
