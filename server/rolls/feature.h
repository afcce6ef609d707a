// The rolls feature: the voter roll of a process, imported from a CSV file.
//
//   POST /api/v1/processes/{id}/roll?format=json|csv|html   import (the file as the body);
//                                                          answers with the letters (administrator)
//   GET  /api/v1/processes/{id}/roll                        counts per district and age band
//   POST /api/v1/processes/{id}/roll/paper                  mark a code used on paper
//
// The voters themselves (their codes' keyed hashes) are in the ballots
// feature's roll, where the ballots check them; this feature keeps what an
// import found (rolls table): its counts and the eligibility it was made for.
#pragma once

#include <span>

#include "core/feature.h"

namespace sammen::server::rolls {

inline constexpr std::size_t kMaxUploadBytes = 32 * 1024 * 1024;

Feature feature();

std::span<const char* const> migrations();
void install(Router& router, const Deps& deps);

}  // namespace sammen::server::rolls
