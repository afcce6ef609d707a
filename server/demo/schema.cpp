// The demo feature's tables: the demo's voter codes and its administrator's
// password in plain text, which only a demo has.
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
    // 2: the demo administrator's sign-in, shown at every start like the codes.
    R"sql(
CREATE TABLE demo_accounts (
  email TEXT PRIMARY KEY,
  password TEXT NOT NULL
);
)sql",
};

}  // namespace

std::span<const char* const> migrations() {
  return kMigrations;
}

}  // namespace sammen::server::demo
