#include "sammen/rolls/census.h"

#include <algorithm>

namespace sammen {

std::size_t age_band(int age) {
  for (std::size_t i = 0; i < kAgeBands.size(); ++i) {
    if (age >= kAgeBands[i].from && (kAgeBands[i].to == 0 || age <= kAgeBands[i].to)) return i;
  }
  return 0;  // below zero: a birth year after the reference year
}

void count_person(Census& census, const std::string& district_id, int birth_year) {
  auto it = std::find_if(census.districts.begin(), census.districts.end(),
                         [&](const DistrictCount& d) { return d.district_id == district_id; });
  if (it == census.districts.end()) {
    census.districts.push_back({district_id, {}, 0});
    it = census.districts.end() - 1;
  }
  ++it->bands[age_band(census.year - birth_year)];
  ++it->total;
  ++census.total;
}

Census in_order(Census census, const std::vector<std::string>& district_ids) {
  const auto rank = [&](const DistrictCount& d) {
    return std::find(district_ids.begin(), district_ids.end(), d.district_id) - district_ids.begin();
  };
  std::stable_sort(census.districts.begin(), census.districts.end(),
                   [&](const DistrictCount& a, const DistrictCount& b) { return rank(a) < rank(b); });
  return census;
}

}  // namespace sammen
