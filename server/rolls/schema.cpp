// The rolls feature's table: one row per process whose roll was imported,
// with what the import counted (the census as JSON, rolls/wire.h) and the
// eligibility key it was made under (sammen/setup/process_setup.h).
#include "rolls/feature.h"

namespace sammen::server::rolls {
namespace {

constexpr const char* kMigrations[] = {
    // 1: the last import of each process's roll.
    R"sql(
CREATE TABLE rolls (
  process_id TEXT PRIMARY KEY REFERENCES processes(id),
  imported_at INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  voters INTEGER NOT NULL,
  too_young INTEGER NOT NULL,
  too_old INTEGER NOT NULL,
  outside_districts INTEGER NOT NULL,
  census TEXT NOT NULL,
  eligibility_key TEXT NOT NULL
);
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::rolls
