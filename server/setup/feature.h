// The setup feature: an administrator builds the municipality and its
// processes through the API.
//
//   PUT  /api/v1/municipality                         name, currency, languages, districts
//   POST /api/v1/processes                            a new process (its settings)
//   PUT  /api/v1/processes/{id}                       a process's settings
//   POST /api/v1/processes/{id}/proposals             a new proposal
//   PUT  /api/v1/processes/{id}/proposals/{proposal}  a proposal changed
//   POST /api/v1/processes/{id}/open                  open voting now
//
// Every route needs the administrator role; the rules are the model's
// (sammen/setup/), and every change is recorded in the audit log. The
// feature has no tables of its own: it writes the processes feature's.
#pragma once

#include "core/feature.h"

namespace sammen::server::setup {

Feature feature();

void install(Router& router, const Deps& deps);

}  // namespace sammen::server::setup
