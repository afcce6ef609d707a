#include "setup/use_cases.h"

#include <algorithm>
#include <set>

#include "sammen/core/json.h"
#include "sammen/processes/wire.h"
#include "sammen/setup/municipality_setup.h"
#include "sammen/setup/opening.h"
#include "sammen/setup/wire.h"

namespace sammen::server::setup {
namespace {

// The municipality; kNoMunicipality before the first setup.
Result<Municipality> the_municipality(Stores& stores) {
  Result<std::optional<Municipality>> found = stores.processes.municipality();
  if (!found.ok()) return found.problems();
  if (!found.value()) return Problem{ErrorCode::kNoMunicipality, "municipality"};
  return std::move(*found.value());
}

// The districts other records refer to: budgets, proposals, eligibility, people.
Result<std::vector<std::string>> districts_in_use(Stores& stores) {
  const Result<std::vector<Process>> all = stores.processes.all();
  if (!all.ok()) return all.problems();
  Result<std::vector<std::string>> homes = stores.people.home_districts();
  if (!homes.ok()) return homes.problems();
  std::set<std::string> used(homes.value().begin(), homes.value().end());
  for (const Process& p : all.value()) {
    for (const DistrictBudget& b : p.budgets) used.insert(b.district_id);
    for (const Proposal& pr : p.proposals) used.insert(pr.district_id);
    used.insert(p.eligibility.district_ids.begin(), p.eligibility.district_ids.end());
  }
  return std::vector<std::string>(used.begin(), used.end());
}

// The process after `change`, saved with its audit entry; the answer is its detail.
template <typename Change>
Result<ProcessDetail> changed(Stores& stores, const Actor& actor, const std::string& process_id,
                              UnixSeconds now, AuditAction action, const std::string& details,
                              Change&& change) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok())
    return allowed.problems();
  const auto alone = stores.voting.for_closing();
  Result<Municipality> municipality = the_municipality(stores);
  if (!municipality.ok()) return municipality.problems();
  const Result<Process> before = processes::find_process(stores.processes, process_id);
  if (!before.ok()) return before.problems();
  Result<Process> after = change(before.value(), municipality.value());
  if (!after.ok()) return after.problems();
  const Status saved = audit::recorded(
      stores.transactions, stores.audit, audit_entry(actor, now, action, process_id, details),
      [&] { return stores.processes.save(after.value()); });
  if (!saved.ok()) return saved.problems();
  return detail_of(std::move(municipality).value(), std::move(after).value(), now);
}

}  // namespace

Result<MunicipalitySaved> set_municipality(Stores& stores, const Actor& actor,
                                           const Municipality& asked, UnixSeconds now) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok())
    return allowed.problems();
  const auto alone = stores.voting.for_closing();
  const Result<std::optional<Municipality>> current = stores.processes.municipality();
  if (!current.ok()) return current.problems();
  const Result<std::vector<std::string>> used = districts_in_use(stores);
  if (!used.ok()) return used.problems();
  const Result<Municipality> updated = updated_municipality(current.value(), asked, used.value());
  if (!updated.ok()) return updated.problems();
  const Status saved = audit::recorded(
      stores.transactions, stores.audit,
      audit_entry(actor, now, AuditAction::kSetMunicipality, updated.value().id,
                  dump_json(Json(updated.value()))),
      [&] {
        return current.value() ? stores.processes.save_municipality(updated.value())
                               : stores.processes.add_municipality(updated.value());
      });
  if (!saved.ok()) return saved.problems();
  return MunicipalitySaved{updated.value()};
}

Result<ProcessDetail> create_process(Stores& stores, const Actor& actor,
                                     const ProcessSettings& settings, UnixSeconds now) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok())
    return allowed.problems();
  const auto alone = stores.voting.for_closing();
  Result<Municipality> municipality = the_municipality(stores);
  if (!municipality.ok()) return municipality.problems();
  const Result<std::vector<Process>> all = stores.processes.all();
  if (!all.ok()) return all.problems();
  std::vector<std::string> ids;
  for (const Process& p : all.value()) ids.push_back(p.id);
  Result<Process> process = new_process(settings, municipality.value(), ids);
  if (!process.ok()) return process.problems();
  const Status saved = audit::recorded(
      stores.transactions, stores.audit,
      audit_entry(actor, now, AuditAction::kCreateProcess, settings.id,
                  dump_json(Json(settings))),
      [&] { return stores.processes.add(process.value()); });
  if (!saved.ok()) return saved.problems();
  return detail_of(std::move(municipality).value(), std::move(process).value(), now);
}

Result<ProcessDetail> change_process(Stores& stores, const Actor& actor,
                                     const std::string& process_id,
                                     const ProcessSettings& settings, UnixSeconds now) {
  return changed(stores, actor, process_id, now, AuditAction::kChangeProcess,
                 dump_json(Json(settings)),
                 [&](const Process& before, const Municipality& municipality) {
                   return with_settings(before, settings, municipality, now);
                 });
}

Result<ProcessDetail> add_proposal(Stores& stores, const Actor& actor,
                                   const std::string& process_id, const ProposalDraft& draft,
                                   UnixSeconds now) {
  return changed(stores, actor, process_id, now, AuditAction::kAddProposal, dump_json(Json(draft)),
                 [&](const Process& before, const Municipality&) {
                   return with_new_proposal(before, draft, now);
                 });
}

Result<ProcessDetail> change_proposal(Stores& stores, const Actor& actor,
                                      const std::string& process_id,
                                      const std::string& proposal_id, const ProposalDraft& draft,
                                      UnixSeconds now) {
  ProposalDraft recorded = draft;
  recorded.id = proposal_id;
  return changed(stores, actor, process_id, now, AuditAction::kChangeProposal,
                 dump_json(Json(recorded)), [&](const Process& before, const Municipality&) {
                   return with_changed_proposal(before, proposal_id, draft, now);
                 });
}

Result<VotingOpened> open_voting(Stores& stores, const Actor& actor,
                                 const std::string& process_id, UnixSeconds now) {
  RollState roll;
  const Result<ProcessDetail> done = changed(
      stores, actor, process_id, now, AuditAction::kOpenVoting, "{}",
      [&](const Process& before, const Municipality&) -> Result<Process> {
        const Result<ballots::RollCounts> counts = stores.ballots.roll_counts(process_id);
        if (!counts.ok()) return counts.problems();
        const Result<std::optional<rolls::StoredRoll>> imported = stores.rolls.find(process_id);
        if (!imported.ok()) return imported.problems();
        roll.voters = counts.value().voters;
        roll.fits = !imported.value() || imported.value()->eligibility_key == eligibility_key(before);
        return opened(before, roll, now);
      });
  if (!done.ok()) return done.problems();
  return VotingOpened{summarize(done.value().process, now)};
}

}  // namespace sammen::server::setup
