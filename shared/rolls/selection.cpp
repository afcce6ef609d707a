#include "sammen/rolls/selection.h"

#include <algorithm>

namespace sammen {

Selection select_voters(const Roll& roll, const Process& process, UnixSeconds now) {
  Selection out;
  out.census.year = reference_year(process, now);
  const std::vector<std::string> districts = eligible_districts(process);
  for (std::size_t i = 0; i < roll.entries.size(); ++i) {
    const RollEntry& e = roll.entries[i];
    const std::vector<Problem> age = age_problems(process.eligibility, e.birth_year, out.census.year);
    if (!age.empty()) {
      ++(age.front().code == ErrorCode::kTooYoung ? out.left_out.too_young : out.left_out.too_old);
    } else if (std::find(districts.begin(), districts.end(), e.district_id) == districts.end()) {
      ++out.left_out.outside_districts;
    } else {
      out.voters.push_back(i);
      count_person(out.census, e.district_id, e.birth_year);
    }
  }
  out.census = in_order(std::move(out.census), districts);
  return out;
}

}  // namespace sammen
