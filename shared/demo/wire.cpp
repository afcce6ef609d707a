#include "sammen/demo/wire.h"

namespace sammen {

void to_json(Json& json, const DemoCodes& demo) {
  json = {{"version", kWireVersion},
          {"process_id", demo.process_id},
          {"voter_codes", demo.voter_codes}};
}

void read(JsonReader& r, DemoCodes& demo) {
  r.version();
  r.required("process_id", demo.process_id);
  r.required("voter_codes", demo.voter_codes);
}

}  // namespace sammen
