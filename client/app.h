// App: the client's state machine. Each frame it hands the server's answers
// to the features that asked, lets the current screen draw and say what the
// resident asked for, applies that, sends what the features asked to send,
// and publishes the test hooks. All changes of AppState happen here.
#pragma once

#include <map>
#include <string>

#include "app_state.h"
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

  AppState state_;
  Outbox outbox_;
  std::map<int, Outbox::OnAnswer> in_flight_;
  ScreenId drawn_screen_ = processes::kLoadingScreen;  // the screen drawn last frame
  std::string shown_process_;                          // the process the features' state is for
  std::string published_hooks_;
};

}  // namespace sammen::client
