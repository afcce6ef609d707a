// The wire mapping of setup: the settings an administrator sends and the
// answers of opening a vote and saving the municipality.
//
// ProcessSettings has the fields of a process (sammen/processes/wire.h)
// without proposals or state; ProposalDraft those of a proposal, its status
// optional (accepted). Requests may carry "version"; answers do.
#pragma once

#include "sammen/core/json.h"
#include "sammen/setup/process_setup.h"
#include "sammen/setup/proposal_setup.h"
#include "sammen/setup/views.h"

namespace sammen {

void to_json(Json& json, const ProcessSettings& settings);
void to_json(Json& json, const ProposalDraft& draft);
void to_json(Json& json, const MunicipalitySaved& saved);
void to_json(Json& json, const VotingOpened& opened);

// A municipality as PUT /api/v1/municipality takes it (with "version").
struct MunicipalityRequest {
  Municipality municipality;
};

void read(JsonReader& reader, ProcessSettings& settings);
void read(JsonReader& reader, ProposalDraft& draft);
void read(JsonReader& reader, MunicipalityRequest& request);

}  // namespace sammen
