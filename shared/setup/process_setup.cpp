#include "sammen/setup/process_setup.h"

#include <algorithm>
#include <set>

#include "sammen/core/language.h"
#include "sammen/core/text.h"
#include "sammen/setup/checks.h"
#include "sammen/setup/freeze.h"

namespace sammen {
namespace {

void check_phases(const std::vector<Phase>& phases, std::vector<Problem>& problems) {
  std::set<PhaseKind> kinds;
  for (std::size_t i = 0; i < phases.size(); ++i) {
    const Phase& phase = phases[i];
    const bool ordered = phase.starts_at < phase.ends_at &&
                         (i == 0 || phases[i - 1].ends_at <= phase.starts_at);
    if (!ordered) {
      problems.push_back({ErrorCode::kBadPhases, item_field("phases", i),
                          static_cast<std::int64_t>(i + 1)});
    }
    if (!kinds.insert(phase.kind).second) {
      problems.push_back({ErrorCode::kDuplicateId, std::string(kPhaseIds.id(phase.kind))});
    }
  }
}

void check_budgets(const ProcessSettings& s, const Municipality& municipality,
                   std::vector<Problem>& problems) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < s.budgets.size(); ++i) {
    const DistrictBudget& budget = s.budgets[i];
    if (find_district(municipality, budget.district_id) == nullptr) {
      problems.push_back({ErrorCode::kSetupUnknownDistrict, budget.district_id});
    } else if (!seen.insert(budget.district_id).second) {
      problems.push_back({ErrorCode::kDuplicateId, budget.district_id});
    }
    check_amount(budget.budget, item_field("budgets", i, "budget"), problems);
  }
}

void check_eligibility(const ProcessSettings& s, std::vector<Problem>& problems) {
  const Eligibility& e = s.eligibility;
  check_range(e.min_age, "eligibility.min_age", 0, kOldestAge, problems);
  if (check_range(e.max_age, "eligibility.max_age", 0, kOldestAge, problems) && e.max_age > 0 &&
      e.min_age > e.max_age) {
    problems.push_back({ErrorCode::kOutOfRange, "eligibility.max_age", e.min_age, kOldestAge});
  }
  for (const std::string& district : e.district_ids) {
    const bool has_budget = std::any_of(s.budgets.begin(), s.budgets.end(), [&](const auto& b) {
      return b.district_id == district;
    });
    if (!has_budget) problems.push_back({ErrorCode::kDistrictNotInProcess, district});
  }
}

}  // namespace

ProcessSettings settings_of(const Process& p) {
  return {p.id,      p.title,         p.description, p.translations, p.rung,
          p.ballot,  p.counting_rule, p.eligibility, p.phases,       p.budgets};
}

std::vector<Problem> validate_settings(const ProcessSettings& s, const Municipality& municipality) {
  std::vector<Problem> problems;
  check_text(s.title, "title", kMaxTitleChars, true, problems);
  check_text(s.description, "description", kMaxDescriptionChars, false, problems);
  std::set<Language> languages;
  for (std::size_t i = 0; i < s.translations.size(); ++i) {
    const ProcessText& text = s.translations[i];
    check_text(text.title, item_field("translations", i, "title"), kMaxTitleChars, false, problems);
    check_text(text.description, item_field("translations", i, "description"),
               kMaxDescriptionChars, false, problems);
    if (!languages.insert(text.language).second) {
      problems.push_back({ErrorCode::kDuplicateId, std::string(language_tag(text.language))});
    }
  }
  check_range(s.ballot.max_approvals, "ballot.max_approvals", 0, kMostApprovals, problems);
  check_range(s.ballot.min_spend_percent, "ballot.min_spend_percent", 0, 100, problems);
  check_phases(s.phases, problems);
  check_budgets(s, municipality, problems);
  check_eligibility(s, problems);
  return problems;
}

Result<Process> new_process(const ProcessSettings& s, const Municipality& municipality,
                            const std::vector<std::string>& existing_ids) {
  std::vector<Problem> problems;
  if (check_id(s.id, "id", problems) &&
      std::find(existing_ids.begin(), existing_ids.end(), s.id) != existing_ids.end()) {
    problems.push_back({ErrorCode::kDuplicateId, s.id});
  }
  for (Problem& p : validate_settings(s, municipality)) problems.push_back(std::move(p));
  if (!problems.empty()) return problems;
  Process p;
  p.id = s.id;
  return with_settings(p, s, municipality, 0);
}

Result<Process> with_settings(const Process& process, const ProcessSettings& s,
                              const Municipality& municipality, UnixSeconds now) {
  std::vector<Problem> problems = validate_settings(s, municipality);
  if (!problems.empty()) return problems;
  Process after = process;
  after.title = trimmed(s.title);
  after.description = s.description;
  after.translations = s.translations;
  after.rung = s.rung;
  after.ballot = s.ballot;
  after.counting_rule = s.counting_rule;
  after.eligibility = s.eligibility;
  after.phases = s.phases;
  after.budgets = s.budgets;
  return unless_frozen(process, std::move(after), now);
}

std::string eligibility_key(const Process& process) {
  std::vector<std::string> districts = eligible_districts(process);
  std::sort(districts.begin(), districts.end());
  std::string key = std::to_string(process.eligibility.min_age) + "-" +
                    std::to_string(process.eligibility.max_age) + "|";
  for (std::size_t i = 0; i < districts.size(); ++i) key += (i ? "," : "") + districts[i];
  return key;
}

}  // namespace sammen
