#include "sammen/setup/municipality_setup.h"

#include <algorithm>
#include <set>

#include "sammen/core/text.h"
#include "sammen/setup/checks.h"

namespace sammen {
namespace {

bool iso_currency(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

void check_districts(const Municipality& m, std::vector<Problem>& problems) {
  if (m.districts.empty()) problems.push_back({ErrorCode::kFieldEmpty, "districts"});
  std::set<std::string> ids;
  for (std::size_t i = 0; i < m.districts.size(); ++i) {
    const District& d = m.districts[i];
    if (check_id(d.id, item_field("districts", i, "id"), problems) && !ids.insert(d.id).second)
      problems.push_back({ErrorCode::kDuplicateId, d.id});
    check_text(d.name, item_field("districts", i, "name"), kMaxTitleChars, true, problems);
  }
}

}  // namespace

Result<Municipality> updated_municipality(const std::optional<Municipality>& current,
                                          const Municipality& asked,
                                          const std::vector<std::string>& districts_in_use) {
  std::vector<Problem> problems;
  if (current && asked.id != current->id) {
    problems.push_back({ErrorCode::kMunicipalityIdFixed, "id"});
  } else if (!current) {
    check_id(asked.id, "id", problems);
  }
  check_text(asked.name, "name", kMaxTitleChars, true, problems);
  if (!iso_currency(asked.currency)) problems.push_back({ErrorCode::kBadCurrency, "currency"});
  const std::set<Language> languages(asked.languages.begin(), asked.languages.end());
  if (asked.languages.empty() || languages.size() != asked.languages.size())
    problems.push_back({ErrorCode::kBadLanguages, "languages"});
  check_districts(asked, problems);
  for (const std::string& id : districts_in_use) {
    if (find_district(asked, id) == nullptr && (!current || find_district(*current, id)))
      problems.push_back({ErrorCode::kDistrictInUse, id});
  }
  if (!problems.empty()) return problems;
  Municipality out = asked;
  out.name = trimmed(asked.name);
  for (District& d : out.districts) d.name = trimmed(d.name);
  return out;
}

}  // namespace sammen
