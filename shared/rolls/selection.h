// Selection: who of a roll gets a voter code in a process.
//
// Everyone the process's eligibility takes (sammen/processes/eligibility.h):
// old enough and young enough in the reference year, living in a district
// that takes part. The others are left out, counted by their first reason,
// and the census counts those who are in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sammen/processes/process.h"
#include "sammen/rolls/census.h"
#include "sammen/rolls/roll.h"

namespace sammen {

struct LeftOut {
  std::int64_t too_young = 0;
  std::int64_t too_old = 0;
  std::int64_t outside_districts = 0;
};

struct Selection {
  std::vector<std::size_t> voters;  // indices into the roll's entries, in file order
  LeftOut left_out;
  Census census;
};

Selection select_voters(const Roll& roll, const Process& process, UnixSeconds now);

}  // namespace sammen
