// The wire mapping of processes: one encoder and one reader per type.
//
// Enums travel as their ids (kRungIds, kPhaseIds, ...), money as integers in
// minor units, times as Unix seconds. ProcessList, ProcessDetail and
// VotingClosed are top-level answers and carry "version"; the others are
// parts of them.
#pragma once

#include "sammen/core/json.h"
#include "sammen/processes/views.h"

namespace sammen {

void to_json(Json& json, const District& district);
void to_json(Json& json, const Municipality& municipality);
void to_json(Json& json, const Eligibility& eligibility);
void to_json(Json& json, const ProcessText& text);
void to_json(Json& json, const Proposal& proposal);
void to_json(Json& json, const Phase& phase);
void to_json(Json& json, const DistrictBudget& budget);
void to_json(Json& json, const BallotRules& rules);
void to_json(Json& json, const Process& process);
void to_json(Json& json, const ProcessSummary& summary);
void to_json(Json& json, const ProcessList& list);
void to_json(Json& json, const ProcessDetail& detail);
void to_json(Json& json, const VotingClosed& closed);

void read(JsonReader& reader, District& district);
void read(JsonReader& reader, Municipality& municipality);
void read(JsonReader& reader, Eligibility& eligibility);
void read(JsonReader& reader, ProcessText& text);
void read(JsonReader& reader, Proposal& proposal);
void read(JsonReader& reader, Phase& phase);
void read(JsonReader& reader, DistrictBudget& budget);
void read(JsonReader& reader, BallotRules& rules);
void read(JsonReader& reader, Process& process);
void read(JsonReader& reader, ProcessSummary& summary);
void read(JsonReader& reader, ProcessList& list);
void read(JsonReader& reader, ProcessDetail& detail);

}  // namespace sammen
