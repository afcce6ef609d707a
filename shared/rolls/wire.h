// The wire mapping of rolls. The census travels per district as counts per
// age band id ({"0-15": 3, ...}); letters as {name, address, district, code}.
#pragma once

#include "sammen/core/json.h"
#include "sammen/rolls/views.h"

namespace sammen {

void to_json(Json& json, const Census& census);
void to_json(Json& json, const LeftOut& left_out);
void to_json(Json& json, const RollSummary& summary);
void to_json(Json& json, const Letter& letter);
void to_json(Json& json, const RollImported& imported);
void to_json(Json& json, const PaperMarked& marked);

void read(JsonReader& reader, DistrictCount& district);
void read(JsonReader& reader, Census& census);
void read(JsonReader& reader, LeftOut& left_out);
void read(JsonReader& reader, PaperMark& mark);
void read(JsonReader& reader, RollSummary& summary);
void read(JsonReader& reader, Letter& letter);
void read(JsonReader& reader, RollImported& imported);

}  // namespace sammen
