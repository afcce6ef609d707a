// The demo feature's table: the demo's voter codes in plain text, which only
// a demo has.
#include "demo/feature.h"

namespace sammen::server::demo {
namespace {

constexpr const char* kMigrations[] = {
    // 1: as in the first release.
    R"sql(
CREATE TABLE demo_codes (
  process_id TEXT NOT NULL REFERENCES processes(id),
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (process_id, code)
);
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::demo
