// What the client knows of the audit log: the entries read so far, newest
// first, and where the next (older) page starts.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/http.h"
#include "core/intents.h"
#include "sammen/audit/entry.h"

namespace sammen::client::audit {

inline constexpr ScreenId kAuditScreen = "audit";
inline constexpr int kPageSize = 50;

struct State {
  std::vector<AuditEntry> entries;
  std::int64_t next_before = 0;  // 0: no older entries
  bool loading = false;
  std::optional<ServerError> error;
};

}  // namespace sammen::client::audit
