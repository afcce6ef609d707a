// Outbox: the requests an update asks App to send, each with what to do
// with its answer. Requests never block; answers come back a frame later.
#pragma once

#include <utility>
#include <vector>

#include "core/platform.h"

namespace sammen::client {

struct AppState;

class Outbox {
 public:
  using OnAnswer = void (*)(AppState& state, const platform::HttpResponse& answer, Outbox& outbox);
  struct Letter {
    platform::HttpRequest request;
    OnAnswer on_answer;
  };

  void send(platform::HttpRequest request, OnAnswer on_answer) {
    letters_.push_back({std::move(request), on_answer});
  }
  std::vector<Letter> take() { return std::exchange(letters_, {}); }

 private:
  std::vector<Letter> letters_;
};

}  // namespace sammen::client
