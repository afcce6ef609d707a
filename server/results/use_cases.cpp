#include "results/use_cases.h"

namespace sammen::server::results {

Result<PublishedTally> publish(Stores& stores, const std::optional<std::string>& admin_token,
                               const std::string& process_id, UnixSeconds now, Language language) {
  if (const Status admin = auth::require_admin(stores.admin, admin_token); !admin.ok()) {
    return admin.problems();
  }
  const auto closing = stores.voting.for_closing();
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  if (process.value().result_published) return Problem{ErrorCode::kAlreadyPublished, process_id};
  const Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  const Result<std::vector<StoredBallot>> stored = stores.ballots.all(process_id);
  if (!stored.ok()) return stored.problems();

  std::vector<Ballot> ballots;
  for (const StoredBallot& s : stored.value()) ballots.push_back(s.ballot);
  Tally counted = tally(process.value(), ballots);
  Process after = published(process.value(), counted);
  const Status saved = stores.transactions.all_or_nothing([&] {
    Status s = stores.processes.save(after);
    if (s.ok()) s = stores.results.put(counted, now);
    return s;
  });
  if (!saved.ok()) return saved.problems();
  const std::string currency = municipality.value() ? municipality.value()->currency : "NOK";
  return PublishedTally{std::move(counted), std::move(after), now, language, currency};
}

Result<PublishedTally> show(Stores& stores, const std::string& process_id, Language language) {
  Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  Result<std::optional<StoredTally>> stored = stores.results.find(process_id);
  if (!stored.ok()) return stored.problems();
  if (!stored.value()) return Problem{ErrorCode::kResultNotPublished, process_id};
  const Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  const std::string currency = municipality.value() ? municipality.value()->currency : "NOK";
  return PublishedTally{std::move(stored.value()->tally), std::move(process).value(),
                        stored.value()->published_at, language, currency};
}

}  // namespace sammen::server::results
