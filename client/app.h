// App: the client's state machine. Each frame it hands the server's answers
// to the features that asked, follows the address when it changed (Back,
// Forward), lets the current screen draw and say what the resident asked
// for, applies that, sends what the features asked to send, and tells the
// page what changed: the address (each screen its own history entry), the
// title, language and link to the HTML pages, the live region (the screen and
// the budget left), the ballot kept across a reload, and the test hooks. All
// changes of AppState happen here.
#pragma once

#include <map>
#include <string>

#include "app_state.h"
#include "core/platform.h"
#include "core/ui.h"
#include "intent.h"
#include "outbox.h"

namespace sammen::client {

class App {
 public:
  App();

  // Asks the server for what the first screen needs.
  void start();
  // One frame, between ImGui::NewFrame() and ImGui::Render().
  void frame(Ui& ui);

  const AppState& state() const { return state_; }

 private:
  void send_all();
  void take_answers();
  void draw(Ui& ui, Intent& intent);
  // The address, the page's facts, the live region and what is kept, when they changed.
  void tell_page();

  AppState state_;
  Outbox outbox_;
  std::map<int, Outbox::OnAnswer> in_flight_;
  ScreenId drawn_screen_ = processes::kLoadingScreen;  // the screen drawn last frame
  std::string shown_process_;                          // the process the features' state is for
  std::string published_hooks_;
  // What the page shows, so it is told only of changes.
  std::string shown_address_;
  Language shown_language_ = Language::kNorwegianBokmal;
  bool replace_address_ = true;  // the next address replaces the current entry
  platform::PageFacts page_facts_;
  std::string announced_title_;
  std::string announced_status_;
  std::string kept_;
};

}  // namespace sammen::client
