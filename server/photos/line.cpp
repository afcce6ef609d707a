#include "photos/line.h"

namespace sammen::server::photos {

Status PhotoLine::run(const std::function<void()>& work) {
  {
    std::lock_guard<std::mutex> lock(line_);
    if (in_line_ > waiting_) return Problem{ErrorCode::kPhotoBusy, "", kPhotoBusySeconds};
    ++in_line_;
  }
  struct Leave {  // leaves the line however `work` ends
    PhotoLine& line;
    ~Leave() {
      std::lock_guard<std::mutex> lock(line.line_);
      --line.in_line_;
    }
  } leave{*this};
  std::lock_guard<std::mutex> turn(turn_);
  work();
  return Done{};
}

PhotoLine& photo_line() {
  static PhotoLine line;
  return line;
}

}  // namespace sammen::server::photos
