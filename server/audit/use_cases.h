// The audit use cases: record an action (for the other features' use cases,
// inside their transaction) and read the log (an administrator only).
#pragma once

#include <cstdint>

#include "audit/store.h"

namespace sammen::server::audit {

inline constexpr int kDefaultPage = 100;
inline constexpr int kLargestPage = 1000;

// Up to `limit` (1..kLargestPage) entries before the entry `before` (0:
// the newest), newest first, and where the next page starts.
Result<AuditPage> read_log(Store& store, const Actor& actor, std::int64_t before, int limit);

}  // namespace sammen::server::audit
