#include "results/use_cases.h"

#include "sammen/ballots/ballot_file.h"
#include "sammen/core/sha256.h"
#include "sammen/setup/freeze.h"

namespace sammen::server::results {
namespace {

// For an administrator: a process's tally of its stored ballots, counted
// with the voting gate held alone (no ballot is being stored), which the
// caller keeps until it is done.
struct Counted {
  std::unique_lock<std::shared_mutex> alone;
  Process process;
  Tally tally;
  std::string currency;
};

Result<Counted> count(Stores& stores, const Actor& actor, const std::string& process_id) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok()) {
    return allowed.problems();
  }
  auto alone = stores.voting.for_closing();
  Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  const Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  const Result<std::vector<StoredBallot>> stored = stores.ballots.all(process_id);
  if (!stored.ok()) return stored.problems();
  std::vector<Ballot> ballots;
  for (const StoredBallot& s : stored.value()) ballots.push_back(s.ballot);
  Tally counted = tally(process.value(), ballots);
  counted.ballots_file_sha256 = sha256_hex(ballots_pabulib(
      process.value(), municipality.value() ? municipality.value()->name : "", stored.value()));
  return Counted{std::move(alone), std::move(process).value(), std::move(counted),
                 municipality.value() ? municipality.value()->currency : "NOK"};
}

}  // namespace

Result<PublishedTally> publish(Stores& stores, const Actor& actor, const std::string& process_id,
                               UnixSeconds now, Language language) {
  Result<Counted> counted = count(stores, actor, process_id);
  if (!counted.ok()) return counted.problems();
  if (counted.value().process.result_published)
    return Problem{ErrorCode::kAlreadyPublished, process_id};
  Process after = published(counted.value().process, counted.value().tally);
  const Status saved = stores.transactions.all_or_nothing([&] {
    Status s = stores.processes.save(after);
    if (s.ok()) s = stores.results.put(counted.value().tally, now);
    if (s.ok()) s = stores.audit.append(audit_entry(actor, now, AuditAction::kPublishResult, process_id));
    return s;
  });
  if (!saved.ok()) return saved.problems();
  return PublishedTally{std::move(counted.value().tally), std::move(after), now, language,
                        counted.value().currency};
}

Result<PublishedTally> preview(Stores& stores, const Actor& actor, const std::string& process_id,
                               UnixSeconds now, Language language) {
  Result<Counted> counted = count(stores, actor, process_id);
  if (!counted.ok()) return counted.problems();
  const Process& process = counted.value().process;
  if (!settings_frozen(process, now) || voting_open(process, now))
    return Problem{ErrorCode::kPreviewWhileOpen, process_id};
  const Status logged =
      stores.audit.append(audit_entry(actor, now, AuditAction::kPreviewResult, process_id));
  if (!logged.ok()) return logged.problems();
  PublishedTally shown{std::move(counted.value().tally), process, 0, language,
                       counted.value().currency};
  shown.preview = true;
  return shown;
}

Result<std::string> ballot_file(Stores& stores, const std::string& process_id) {
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  if (!process.value().result_published) return Problem{ErrorCode::kResultNotPublished, process_id};
  const Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  const Result<std::vector<StoredBallot>> stored = stores.ballots.all(process_id);
  if (!stored.ok()) return stored.problems();
  return ballots_pabulib(process.value(), municipality.value() ? municipality.value()->name : "",
                         stored.value());
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
