#include "core/argon2_queue.h"

namespace sammen::server::auth {

Status Argon2Queue::run(const std::function<void()>& work) {
  {
    std::lock_guard<std::mutex> lock(line_);
    if (in_line_ > waiting_) return Problem{ErrorCode::kServerBusy, "", kBusyRetrySeconds};
    ++in_line_;
  }
  // Leaves the line however `work` ends.
  struct Leave {
    Argon2Queue& queue;
    ~Leave() {
      std::lock_guard<std::mutex> lock(queue.line_);
      --queue.in_line_;
    }
  } leave{*this};
  std::lock_guard<std::mutex> turn(turn_);
  work();
  return Done{};
}

std::size_t Argon2Queue::in_line() {
  std::lock_guard<std::mutex> lock(line_);
  return in_line_;
}

}  // namespace sammen::server::auth
