// The processes feature: the municipality, its processes and their state.
//
//   GET  /api/v1/processes             the municipality and every process
//   GET  /api/v1/processes/{id}        one process in detail
//   POST /api/v1/processes/{id}/close  close voting (administrator)
//   GET  /html/, /html/processes/{id}, .../proposals/{pid}   the HTML pages (pages.cpp)
#pragma once

#include <span>

#include "core/feature.h"

namespace sammen::server::processes {

Feature feature();

std::span<const char* const> migrations();
void install(Router& router, const Deps& deps);

}  // namespace sammen::server::processes
