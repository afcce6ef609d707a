// Views: what the setup API answers that the processes views do not already.
//
// Creating or changing a process or a proposal answers with the process in
// detail (sammen/processes/views.h); these are the rest.
#pragma once

#include "sammen/processes/views.h"

namespace sammen {

// PUT /api/v1/municipality: the municipality as saved.
struct MunicipalitySaved {
  Municipality municipality;
};

// POST /api/v1/processes/{id}/open: the process as it stands after opening.
struct VotingOpened {
  ProcessSummary process;
};

}  // namespace sammen
