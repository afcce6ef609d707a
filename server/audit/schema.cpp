// The audit feature's table. Append-only: triggers refuse every UPDATE and
// DELETE, so no path of the server (or a mistaken query) rewrites history.
#include "audit/feature.h"

namespace sammen::server::audit {
namespace {

constexpr const char* kMigrations[] = {
    // 1: the log.
    R"sql(
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  credential TEXT NOT NULL,
  person_id INTEGER,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::audit
