#include "rolls/use_cases.h"

#include <unordered_set>

#include "sammen/core/json.h"
#include "sammen/rolls/voter_code.h"
#include "sammen/setup/freeze.h"
#include "sammen/setup/process_setup.h"

namespace sammen::server::rolls {
namespace {

// The process and its municipality, for an administrator.
struct Setting {
  Process process;
  Municipality municipality;
};

Result<Setting> setting_for(Stores& stores, const Actor& actor, const std::string& process_id) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok())
    return allowed.problems();
  Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  Result<std::optional<Municipality>> municipality = stores.processes.municipality();
  if (!municipality.ok()) return municipality.problems();
  return Setting{std::move(process).value(), municipality.value().value_or(Municipality{})};
}

std::string district_name(const Municipality& m, const std::string& id) {
  const District* d = find_district(m, id);
  return d ? d->name : id;
}

// A code and a letter for each selected person; the codes' hashes are unique.
void make_codes(Stores& stores, Roll& roll, const Selection& selection, const Municipality& m,
                const Uniform& uniform, std::vector<ballots::Voter>& voters,
                std::vector<Letter>& letters) {
  // The first 64 bits of each hash: a repeat (of a code, or by chance of
  // those bits) draws again, without holding every hash twice.
  std::unordered_set<std::uint64_t> drawn;
  voters.reserve(selection.voters.size());
  letters.reserve(selection.voters.size());
  for (const std::size_t i : selection.voters) {
    RollEntry& person = roll.entries[i];
    std::string code, hash;
    do {
      code = new_voter_code(uniform);
      hash = stores.voter_codes.hash(code);
    } while (!drawn.insert(std::stoull(hash.substr(0, 16), nullptr, 16)).second);
    voters.push_back({std::move(hash), person.district_id, std::nullopt});
    letters.push_back({std::move(person.name), std::move(person.address),
                       district_name(m, person.district_id), std::move(code)});
  }
}

}  // namespace

Result<RollImported> import_roll(Stores& stores, const Actor& actor, const std::string& process_id,
                                 std::string_view file, UnixSeconds now, const Uniform& uniform,
                                 const RollLimits& limits) {
  const Result<Setting> setting = setting_for(stores, actor, process_id);
  if (!setting.ok()) return setting.problems();
  if (std::vector<Problem> frozen = roll_frozen(setting.value().process, now); !frozen.empty())
    return frozen;
  Result<Roll> roll = read_roll(file, setting.value().municipality, civil_year(now), limits);
  if (!roll.ok()) return roll.problems();
  const Selection selection = select_voters(roll.value(), setting.value().process, now);
  RollImported imported;
  imported.summary = {process_id,
                      now,
                      static_cast<std::int64_t>(roll.value().entries.size()),
                      static_cast<std::int64_t>(selection.voters.size()),
                      selection.left_out,
                      0,
                      selection.census};
  std::vector<ballots::Voter> voters;
  make_codes(stores, roll.value(), selection, setting.value().municipality, uniform, voters,
             imported.letters);
  roll.value().entries = {};  // their names and addresses are in the letters now

  const auto alone = stores.voting.for_closing();
  // The process again, as it stands now that nothing else changes it.
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  if (std::vector<Problem> frozen = roll_frozen(process.value(), now); !frozen.empty())
    return frozen;
  const std::string details = dump_json(Json{{"lines", imported.summary.lines},
                                             {"voters", imported.summary.voters}});
  const Status saved = audit::recorded(
      stores.transactions, stores.audit,
      audit_entry(actor, now, AuditAction::kImportRoll, process_id, details), [&] {
        Status s = stores.ballots.replace_roll(process_id, voters);
        if (s.ok()) s = stores.rolls.put({imported.summary, eligibility_key(process.value())});
        return s;
      });
  if (!saved.ok()) return saved.problems();
  return imported;
}

Result<RollSummary> roll_summary(Stores& stores, const Actor& actor,
                                 const std::string& process_id) {
  const Result<Setting> setting = setting_for(stores, actor, process_id);
  if (!setting.ok()) return setting.problems();
  Result<std::optional<StoredRoll>> stored = stores.rolls.find(process_id);
  if (!stored.ok()) return stored.problems();
  if (!stored.value()) return Problem{ErrorCode::kNotFound, "roll"};
  const Result<ballots::RollCounts> counts = stores.ballots.roll_counts(process_id);
  if (!counts.ok()) return counts.problems();
  RollSummary summary = std::move(stored.value()->summary);
  summary.used_on_paper = counts.value().used_on_paper;
  return summary;
}

Result<PaperMarked> mark_used_on_paper(Stores& stores, const Actor& actor,
                                       const std::string& process_id, const PaperMark& mark,
                                       UnixSeconds now) {
  const Result<Setting> setting = setting_for(stores, actor, process_id);
  if (!setting.ok()) return setting.problems();
  if (setting.value().process.result_published)
    return Problem{ErrorCode::kAlreadyPublished, process_id};
  if (auth::normalize_voter_code(mark.voter_code).empty())
    return Problem{ErrorCode::kVoterCodeMissing, "voter_code"};
  const std::string hash = stores.voter_codes.hash(mark.voter_code);
  const auto alone = stores.voting.for_closing();
  const Result<std::optional<ballots::Voter>> voter = stores.ballots.voter(process_id, hash);
  if (!voter.ok()) return voter.problems();
  if (!voter.value()) return Problem{ErrorCode::kVoterCodeUnknown, "voter_code"};
  if (voter.value()->used_on_paper_at) return Problem{ErrorCode::kAlreadyUsedOnPaper, "voter_code"};
  const Result<bool> online = stores.credentials.issued(process_id, hash);
  if (!online.ok()) return online.problems();
  if (online.value()) return Problem{ErrorCode::kVotedOnline, "voter_code"};
  const Status saved = audit::recorded(
      stores.transactions, stores.audit,
      audit_entry(actor, now, AuditAction::kMarkUsedOnPaper, process_id),
      [&] { return stores.ballots.mark_used_on_paper(process_id, hash, now); });
  if (!saved.ok()) return saved.problems();
  return PaperMarked{process_id, now};
}

}  // namespace sammen::server::rolls
