// The ballots feature: the voter roll and the ballots.
//
//   POST /api/v1/processes/{id}/ballots       submit a ballot (receipt, or voter code, in the body)
//   GET  /api/v1/processes/{id}/ballots/mine  the ballot of a receipt (X-Receipt)
//   GET  /api/v1/processes/{id}/ballots       every ballot, anonymous (administrator)
//   GET  /html/processes/{id}/districts/{did}            a district's proposals (pages.cpp)
//   GET/POST .../districts/{did}/ballot, /ballot/code     the ballot and the voter code
//   GET  .../districts/{did}/ballot/done                  the confirmation
#pragma once

#include <span>

#include "core/feature.h"

namespace sammen::server::ballots {

Feature feature();

std::span<const char* const> migrations();
void install(Router& router, const Deps& deps);

}  // namespace sammen::server::ballots
