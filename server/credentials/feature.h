// The credentials feature: one-time voting credentials, issued blindly.
//
//   GET  /api/v1/processes/{id}/credentials/keys  the process's public keys
//   POST /api/v1/processes/{id}/credentials       a voter code and a blinded
//        element: the evaluated element and its proof (once per code)
//
// The roll records only that a code's credential was issued (and for which
// blinded element, which says nothing about the credential). Ballots are
// cast with the credential, never the code (ballots feature).
#pragma once

#include <span>

#include "core/feature.h"

namespace sammen::server::credentials {

Feature feature();

std::span<const char* const> migrations();
void install(Router& router, const Deps& deps);

}  // namespace sammen::server::credentials
