// Store: the audit log. Entries are appended and read, never changed or
// removed (the table's triggers refuse it). Failures are kStorageFailed.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "core/transactions.h"
#include "sammen/audit/entry.h"
#include "sammen/core/result.h"

namespace sammen::server::audit {

class Store {
 public:
  virtual ~Store() = default;
  // Appends `entry` (its id is given by the log).
  virtual Status append(const AuditEntry& entry) = 0;
  // Up to `limit` entries with an id below `before` (0: from the newest), newest first.
  virtual Result<std::vector<AuditEntry>> page(std::int64_t before, int limit) = 0;
};

// Runs `change` and appends `entry`, in one transaction: an action is
// done and recorded, or neither.
Status recorded(Transactions& transactions, Store& log, const AuditEntry& entry,
                const std::function<Status()>& change);

}  // namespace sammen::server::audit
