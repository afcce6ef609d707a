#include "sammen/processes/municipality.h"

namespace sammen {

const District* find_district(const Municipality& municipality, std::string_view district_id) {
  for (const District& d : municipality.districts) {
    if (d.id == district_id) return &d;
  }
  return nullptr;
}

}  // namespace sammen
