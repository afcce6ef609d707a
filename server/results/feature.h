// The results feature: counting and publishing, and the published result.
//
//   POST /api/v1/processes/{id}/publish  close, count, publish (administrator)
//   GET  /api/v1/processes/{id}/preview  count without publishing, once closed (administrator)
//   GET  /api/v1/processes/{id}/result   the published result, explained (?lang=)
//   GET  /html/processes/{id}/results    the published result as a page (pages.cpp)
#pragma once

#include <span>

#include "core/feature.h"

namespace sammen::server::results {

Feature feature();

std::span<const char* const> migrations();
void install(Router& router, const Deps& deps);

}  // namespace sammen::server::results
