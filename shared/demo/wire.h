// The wire mapping of the demo: GET /api/v1/demo, with "version".
#pragma once

#include "sammen/core/json.h"
#include "sammen/demo/demo_codes.h"

namespace sammen {

void to_json(Json& json, const DemoCodes& demo);
void read(JsonReader& reader, DemoCodes& demo);

}  // namespace sammen
