// Clock: the server's now, in seconds since the Unix epoch. The model never
// reads a clock; the server reads this one, and tests set their own.
#pragma once

#include <functional>

#include "sammen/processes/process.h"

namespace sammen::server {

using Clock = std::function<UnixSeconds()>;

UnixSeconds system_now();

}  // namespace sammen::server
