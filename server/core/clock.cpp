#include "core/clock.h"

#include <chrono>

namespace sammen::server {

UnixSeconds system_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace sammen::server
