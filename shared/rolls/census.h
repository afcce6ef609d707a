// Census: how many people a voter roll gives codes to, per district and age band.
//
// Ages are counted as eligibility counts them (the age reached in the
// reference year, sammen/processes/eligibility.h). The bands are fixed, so
// figures of different processes compare: under 16, 16-17, 18-24, 25-34,
// 35-49, 50-66, 67-79, 80 and older. The census keeps only counts; it is
// what the server keeps of a roll besides the codes' hashes.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sammen/rolls/roll.h"

namespace sammen {

struct AgeBand {
  int from;
  int to;  // inclusive; 0: no upper end
  std::string_view id;
};

inline constexpr std::array<AgeBand, 8> kAgeBands = {{{0, 15, "0-15"},
                                                      {16, 17, "16-17"},
                                                      {18, 24, "18-24"},
                                                      {25, 34, "25-34"},
                                                      {35, 49, "35-49"},
                                                      {50, 66, "50-66"},
                                                      {67, 79, "67-79"},
                                                      {80, 0, "80-"}}};

// The index in kAgeBands of `age`.
std::size_t age_band(int age);

struct DistrictCount {
  std::string district_id;
  std::array<std::int64_t, kAgeBands.size()> bands{};
  std::int64_t total = 0;
};

struct Census {
  int year = 0;  // the reference year ages were counted in
  std::vector<DistrictCount> districts;  // in the municipality's order, those with people
  std::int64_t total = 0;
};

// Adds one person to `census` (districts are appended in the order met).
void count_person(Census& census, const std::string& district_id, int birth_year);

// `census` with its districts in the order of `district_ids`.
Census in_order(Census census, const std::vector<std::string>& district_ids);

}  // namespace sammen
