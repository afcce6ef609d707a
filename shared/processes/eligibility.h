// Eligibility: who may take part in a process, as rules of the process.
//
// An age range (in whole years reached during the year voting opens, the
// way youth elections count: a process for 13 to 19 takes everyone born in
// the years that make them 13 to 19 that year) and the districts whose
// residents take part (none named: every district with a budget). The model
// checks these on every action that needs them, and says each reason as a
// sentence: importing a voter roll keeps only eligible people, a voter's
// code votes only in the voter's own district, and a signed-in person is
// told whether and why not they may take part.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sammen/core/problem.h"

namespace sammen {

using UnixSeconds = std::int64_t;
struct Process;
struct Municipality;

struct Eligibility {
  int min_age = 0;  // 0: no lower limit
  int max_age = 0;  // 0: no upper limit
  std::vector<std::string> district_ids;  // empty: every district with a budget
};

// What is known of someone who wants to take part.
struct Participant {
  std::optional<int> birth_year;
  std::string district_id;  // empty when unknown
};

// The calendar year (UTC) of a moment.
int civil_year(UnixSeconds t);

// The year ages are counted in: the year the voting phase starts, or the
// year of `now` when the process has no voting phase.
int reference_year(const Process& process, UnixSeconds now);

// The districts whose residents take part.
std::vector<std::string> eligible_districts(const Process& process);

// kTooYoung / kTooOld (amount: the age, limit: the bound) or
// kBirthYearUnknown when the process has an age range.
std::vector<Problem> age_problems(const Eligibility& rules, std::optional<int> birth_year,
                                  int year);

// kOutsideDistricts (subject: the eligible districts' names) when
// `district_id` is not one of them.
std::vector<Problem> district_problems(const Process& process, const Municipality& municipality,
                                       const std::string& district_id);

// Every reason `who` may not take part; empty: eligible.
std::vector<Problem> why_not_eligible(const Process& process, const Municipality& municipality,
                                      const Participant& who, UnixSeconds now);

// The ballot's district must be the voter's home district when the roll
// knows it (kNotYourDistrict, naming the home district).
std::optional<Problem> why_not_home_district(const std::string& ballot_district,
                                             const std::string& home_district);

}  // namespace sammen
