// The results feature's table: one published tally per process, as the
// facts-only JSON of sammen/results/wire.h.
#include "results/feature.h"

namespace sammen::server::results {
namespace {

constexpr const char* kMigrations[] = {
    // 1: as in the first release.
    R"sql(
CREATE TABLE results (
  process_id TEXT PRIMARY KEY REFERENCES processes(id),
  result TEXT NOT NULL,
  published_at INTEGER NOT NULL
);
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::results
