// Demo seed: the fictional Elvestad kommune with an open vote, for a first start.
//
// Four districts, about twenty proposals drawn from PRODUCT.md's examples,
// budgets and costs in realistic NOK, and an "Innbyggerbudsjett 2027" process
// on the co-decide rung whose voting window is open from `now` for 30 days.
// In every district the proposals cost more than the budget, so choices matter.
// The voter codes are random and are stored both hashed (the roll) and in
// plain text (demo_codes), because the demo shows them publicly.
#pragma once

#include "auth.h"
#include "store.h"

namespace sammen::server {

inline constexpr int kDemoVoterCount = 40;
inline constexpr const char* kDemoProcessId = "innbyggerbudsjett-2027";

InitialData demo_seed(UnixSeconds now, const auth::VoterCodeHasher& hasher,
                      int voter_count = kDemoVoterCount);

}  // namespace sammen::server
