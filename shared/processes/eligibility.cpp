#include "sammen/processes/eligibility.h"

#include <algorithm>

#include "sammen/processes/municipality.h"
#include "sammen/processes/process.h"

namespace sammen {

int civil_year(UnixSeconds t) {
  // Howard Hinnant's days-to-civil, for the proleptic Gregorian calendar.
  std::int64_t z = (t >= 0 ? t : t - 86'399) / 86'400 + 719'468;
  const std::int64_t era = (z >= 0 ? z : z - 146'096) / 146'097;
  const std::int64_t doe = z - era * 146'097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  return static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

int reference_year(const Process& process, UnixSeconds now) {
  for (const Phase& phase : process.phases) {
    if (phase.kind == PhaseKind::kVoting) return civil_year(phase.starts_at);
  }
  return civil_year(now);
}

std::vector<std::string> eligible_districts(const Process& process) {
  if (!process.eligibility.district_ids.empty()) return process.eligibility.district_ids;
  std::vector<std::string> out;
  for (const DistrictBudget& b : process.budgets) out.push_back(b.district_id);
  return out;
}

std::vector<Problem> age_problems(const Eligibility& rules, std::optional<int> birth_year,
                                  int year) {
  if (rules.min_age == 0 && rules.max_age == 0) return {};
  if (!birth_year) return {{ErrorCode::kBirthYearUnknown, "birth_year"}};
  const int age = year - *birth_year;
  if (rules.min_age > 0 && age < rules.min_age)
    return {{ErrorCode::kTooYoung, "birth_year", age, rules.min_age}};
  if (rules.max_age > 0 && age > rules.max_age)
    return {{ErrorCode::kTooOld, "birth_year", age, rules.max_age}};
  return {};
}

std::vector<Problem> district_problems(const Process& process, const Municipality& municipality,
                                       const std::string& district_id) {
  const std::vector<std::string> ids = eligible_districts(process);
  if (std::find(ids.begin(), ids.end(), district_id) != ids.end()) return {};
  std::string names;
  for (const std::string& id : ids) {
    const District* d = find_district(municipality, id);
    names += (names.empty() ? "" : ", ") + (d ? d->name : id);
  }
  return {{ErrorCode::kOutsideDistricts, names}};
}

std::vector<Problem> why_not_eligible(const Process& process, const Municipality& municipality,
                                      const Participant& who, UnixSeconds now) {
  std::vector<Problem> problems =
      age_problems(process.eligibility, who.birth_year, reference_year(process, now));
  for (Problem& p : district_problems(process, municipality, who.district_id))
    problems.push_back(std::move(p));
  return problems;
}

std::optional<Problem> why_not_home_district(const std::string& ballot_district,
                                             const std::string& home_district) {
  if (home_district.empty() || home_district == ballot_district) return std::nullopt;
  return Problem{ErrorCode::kNotYourDistrict, home_district};
}

}  // namespace sammen
