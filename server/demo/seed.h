// Demo seed: the fictional Elvestad kommune with an open vote, for a first start.
//
// Four districts, about twenty proposals drawn from PRODUCT.md's examples,
// budgets and costs in realistic NOK, and an "Innbyggerbudsjett 2027" process
// on the co-decide rung whose voting window is open from `now` for 30 days.
// In every district the proposals cost more than the budget, so choices matter.
// The voter codes are random and are stored both hashed (the roll) and in
// plain text (demo_codes), because the demo shows them publicly; so is the
// demo administrator's random password (demo_accounts), for local use.
#pragma once

#include <string>
#include <vector>

#include "core/auth.h"
#include "demo/store.h"
#include "sammen/demo/demo_codes.h"
#include "sammen/processes/municipality.h"
#include "sammen/processes/process.h"

namespace sammen::server::demo {

inline constexpr int kVoterCount = 40;
inline constexpr const char* kProcessId = "innbyggerbudsjett-2027";
inline constexpr const char* kAdminEmail = "admin@elvestad.example";

// Everything the demo writes on a first start, together.
struct Seed {
  Municipality municipality;
  Process process;
  std::vector<std::string> voter_hashes;  // the roll
  DemoCodes codes;                        // the same voters' codes, shown publicly
  DemoAccount admin;                      // an administrator, shown at every start
};

Seed seed(UnixSeconds now, const auth::VoterCodeHasher& hasher, int voter_count = kVoterCount);

}  // namespace sammen::server::demo
