#include "audit/store.h"

namespace sammen::server::audit {

Status recorded(Transactions& transactions, Store& log, const AuditEntry& entry,
                const std::function<Status()>& change) {
  return transactions.all_or_nothing([&] {
    Status done = change();
    if (done.ok()) done = log.append(entry);
    return done;
  });
}

}  // namespace sammen::server::audit
