// App: the client's state machine. Each frame it takes the server's answers,
// lets the current screen draw and say what the resident asked for, applies
// that, and publishes the test hooks. All changes of AppState happen here.
#pragma once

#include <map>
#include <string>

#include "app_state.h"
#include "intent.h"
#include "platform.h"
#include "ui.h"

namespace sammen::client {

class App {
 public:
  App();

  // Asks the server for the processes and the demo codes.
  void start();
  // One frame, between ImGui::NewFrame() and ImGui::Render().
  void frame(Ui& ui);

  const AppState& state() const { return state_; }

 private:
  enum class Request { kProcessList, kProcessDetail, kDemo, kSubmit, kResult };

  void send(Request kind, const platform::HttpRequest& request);
  void on_response(Request kind, const platform::HttpResponse& response);
  void apply(const Intent& intent);
  void load_process(const std::string& process_id);
  void submit();
  void open_result();

  AppState state_;
  std::map<int, Request> in_flight_;
  Screen drawn_screen_ = Screen::kLoading;  // the screen drawn last frame
  std::string published_hooks_;
};

}  // namespace sammen::client
