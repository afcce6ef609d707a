#include "processes/use_cases.h"

namespace sammen::server::processes {

Result<ProcessList> list(Stores& stores, UnixSeconds now, Language language) {
  Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  const Result<std::vector<Process>> processes = stores.processes.all();
  if (!processes.ok()) return processes.problems();
  ProcessList list{std::move(municipality).value(), {}};
  for (const Process& process : processes.value())
    list.processes.push_back(summarize(localized(process, language), now));
  return list;
}

Result<ProcessDetail> detail(Stores& stores, const std::string& process_id, UnixSeconds now,
                             Language language) {
  Result<Process> process = find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  return detail_of(std::move(municipality).value().value_or(Municipality{}),
                   localized(std::move(process).value(), language), now);
}

Result<VotingClosed> close_voting(Stores& stores, const Actor& actor,
                                  const std::string& process_id, UnixSeconds now) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok()) {
    return allowed.problems();
  }
  const auto closing = stores.voting.for_closing();
  Result<Process> process = find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  if (!process.value().voting_closed) {
    process.value().voting_closed = true;
    const Status saved = audit::recorded(
        stores.transactions, stores.audit,
        audit_entry(actor, now, AuditAction::kCloseVoting, process_id),
        [&] { return stores.processes.save(process.value()); });
    if (!saved.ok()) return saved.problems();
  }
  return VotingClosed{summarize(process.value(), now)};
}

}  // namespace sammen::server::processes
