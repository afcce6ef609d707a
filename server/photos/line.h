// PhotoLine: the line every photo's decoding waits in, one per server.
//
// Decoding and re-encoding a 40-megapixel upload takes most of a core for
// a fraction of a second and up to a few hundred MB. One runs at a time;
// at most `waiting` more wait for their turn; one more is refused at once
// with kPhotoBusy (amount: seconds to come back), without running. So a
// flood of uploads holds at most waiting + 1 HTTP workers and one decode's
// memory, and ballots and pages keep flowing. photo_line() is the server's
// one line, shared by the photos API and the HTML pages that take a photo.
// Safe to call from many threads at once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>

#include "sammen/core/result.h"

namespace sammen::server::photos {

inline constexpr std::size_t kPhotosWaiting = 4;
inline constexpr std::int64_t kPhotoBusySeconds = 2;

class PhotoLine {
 public:
  explicit PhotoLine(std::size_t waiting = kPhotosWaiting) : waiting_(waiting) {}

  // Runs `work` in its turn; kPhotoBusy, without running it, when the line is full.
  Status run(const std::function<void()>& work);

 private:
  std::mutex line_;
  std::size_t in_line_ = 0;  // running and waiting
  std::size_t waiting_;
  std::mutex turn_;
};

// The server's one line.
PhotoLine& photo_line();

}  // namespace sammen::server::photos
