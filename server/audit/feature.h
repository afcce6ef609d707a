// The audit feature: the append-only log of administrative actions.
//
//   GET /api/v1/audit?before=ID&limit=N   entries, newest first (administrator)
//
// Other features append to the log through its Store, in the same
// transaction as the action it records.
#pragma once

#include <span>

#include "core/feature.h"

namespace sammen::server::audit {

Feature feature();

std::span<const char* const> migrations();
void install(Router& router, const Deps& deps);

}  // namespace sammen::server::audit
