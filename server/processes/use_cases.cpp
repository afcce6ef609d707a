#include "processes/use_cases.h"

namespace sammen::server::processes {

Result<ProcessList> list(Stores& stores, UnixSeconds now) {
  Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  const Result<std::vector<Process>> processes = stores.processes.all();
  if (!processes.ok()) return processes.problems();
  ProcessList list{std::move(municipality).value(), {}};
  for (const Process& process : processes.value())
    list.processes.push_back(summarize(process, now));
  return list;
}

Result<ProcessDetail> detail(Stores& stores, const std::string& process_id, UnixSeconds now) {
  Result<Process> process = find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  return detail_of(std::move(municipality).value().value_or(Municipality{}),
                   std::move(process).value(), now);
}

Result<VotingClosed> close_voting(Stores& stores, const std::optional<std::string>& admin_token,
                                  const std::string& process_id, UnixSeconds now) {
  if (const Status admin = auth::require_admin(stores.admin, admin_token); !admin.ok()) {
    return admin.problems();
  }
  const auto closing = stores.voting.for_closing();
  Result<Process> process = find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  if (!process.value().voting_closed) {
    process.value().voting_closed = true;
    if (const Status saved = stores.processes.save(process.value()); !saved.ok())
      return saved.problems();
  }
  return VotingClosed{summarize(process.value(), now)};
}

}  // namespace sammen::server::processes
