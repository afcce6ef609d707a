// The demo feature: the fictional Elvestad kommune with an open vote.
//
// start() seeds an empty store on a first start (unless --no-demo) and
// prints the demo's voter codes and its administrator's sign-in.
//
//   GET /api/v1/demo   the demo's voter codes (only when the demo was seeded)
#pragma once

#include <span>

#include "core/feature.h"

namespace sammen::server::demo {

Feature feature();

std::span<const char* const> migrations();
void install(Router& router, const Deps& deps);
Status start(const Startup& startup);

}  // namespace sammen::server::demo
