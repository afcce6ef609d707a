#include "audit/use_cases.h"

#include <algorithm>

namespace sammen::server::audit {

Result<AuditPage> read_log(Store& store, const Actor& actor, std::int64_t before, int limit) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok())
    return allowed.problems();
  limit = std::clamp(limit, 1, kLargestPage);
  Result<std::vector<AuditEntry>> entries = store.page(std::max<std::int64_t>(before, 0), limit);
  if (!entries.ok()) return entries.problems();
  AuditPage page{std::move(entries).value(), 0};
  if (static_cast<int>(page.entries.size()) == limit) page.next_before = page.entries.back().id;
  return page;
}

}  // namespace sammen::server::audit
