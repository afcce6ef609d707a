#include "ballots/use_cases.h"

namespace sammen::server::ballots {
namespace {

std::string address_key(const VoterCode& voter_code) {
  return "voter-code address " + voter_code.address;
}

Status may_try(Stores& stores, const VoterCode& voter_code, UnixSeconds now) {
  if (auth::normalize_voter_code(voter_code.code).empty()) {
    return Problem{ErrorCode::kVoterCodeMissing, voter_code.field};
  }
  return stores.attempts.may_try({address_key(voter_code)}, kVoterCodePolicy, now);
}

void failed(Stores& stores, const VoterCode& voter_code, UnixSeconds now) {
  stores.attempts.failed({address_key(voter_code)}, kVoterCodePolicy, now);
}

// The voter on the process's roll, known by the code's keyed hash.
Result<Voter> voter_on_roll(Stores& stores, const std::string& process_id,
                            const VoterCode& voter_code, UnixSeconds now) {
  if (const Status may = may_try(stores, voter_code, now); !may.ok()) return may.problems();
  Result<std::optional<Voter>> voter =
      stores.ballots.voter(process_id, stores.voter_codes.hash(voter_code.code));
  if (!voter.ok()) return voter.problems();
  if (!voter.value()) {
    failed(stores, voter_code, now);
    return Problem{ErrorCode::kVoterCodeUnknown, voter_code.field};
  }
  return std::move(*voter.value());
}

// What is wrong with the ballot's district and choices in the process,
// whoever casts it: a district the eligibility leaves out, then the model's rules.
Status choice_problems(Stores& stores, const Process& process, const Ballot& ballot) {
  if (!process.eligibility.district_ids.empty()) {  // only some districts take part
    const Result<std::optional<Municipality>> municipality = stores.processes.municipality();
    if (!municipality.ok()) return municipality.problems();
    std::vector<Problem> outside = district_problems(
        process, municipality.value().value_or(Municipality{}), ballot.district_id);
    if (!outside.empty()) return outside;
  }
  if (std::vector<Problem> problems = validate(ballot, process); !problems.empty()) {
    return problems;
  }
  return Done{};
}

}  // namespace

Result<BallotReceipt> submit(Stores& stores, const BallotSubmission& submission,
                             const std::string& address, UnixSeconds now) {
  // Held until the ballot is stored: closing waits for it (voting_gate.h).
  const auto ballots_pass = stores.voting.for_ballot();
  const Result<Process> process =
      processes::find_process(stores.processes, submission.ballot.process_id);
  if (!process.ok()) return process.problems();
  const VoterCode code{submission.voter_code, "voter_code", address};
  if (auth::normalize_voter_code(code.code).empty())
    return Problem{ErrorCode::kVoterCodeMissing, code.field};
  if (std::optional<Problem> closed = why_voting_is_not_open(process.value(), now)) return *closed;
  // The ballot's own problems first: they are the same for any code.
  if (const Status choices = choice_problems(stores, process.value(), submission.ballot);
      !choices.ok()) {
    return choices.problems();
  }
  const Result<Voter> voter = voter_on_roll(stores, process.value().id, code, now);
  if (!voter.ok()) return voter.problems();
  if (voter.value().used_on_paper_at) return Problem{ErrorCode::kCodeUsedOnPaper, "voter_code"};
  if (std::optional<Problem> elsewhere =
          why_not_home_district(submission.ballot.district_id, voter.value().district_id)) {
    return *elsewhere;
  }
  return stores.committer.put(voter.value().code_hash, submission.ballot, now);
}

Status review(Stores& stores, const Ballot& ballot, UnixSeconds now) {
  const Result<Process> process = processes::find_process(stores.processes, ballot.process_id);
  if (!process.ok()) return process.problems();
  if (std::optional<Problem> closed = why_voting_is_not_open(process.value(), now)) return *closed;
  return choice_problems(stores, process.value(), ballot);
}

Result<OwnBallot> mine(Stores& stores, const std::string& process_id, const VoterCode& voter_code,
                       UnixSeconds now) {
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  if (const Status may = may_try(stores, voter_code, now); !may.ok()) return may.problems();
  // Only a code with a ballot is proven here: the roll is not consulted, so
  // an unknown code and a known one without a ballot are answered alike.
  Result<std::optional<StoredBallot>> stored =
      stores.ballots.of_voter(process_id, stores.voter_codes.hash(voter_code.code));
  if (!stored.ok()) return stored.problems();
  if (!stored.value()) {
    failed(stores, voter_code, now);
    return Problem{ErrorCode::kNoBallotForCode, voter_code.field};
  }
  return OwnBallot{std::move(stored.value()->ballot), stored.value()->submitted_at};
}

Result<BallotBox> box(Stores& stores, const Actor& actor, const std::string& process_id) {
  if (const Status allowed = require_role(actor, Role::kAdministrator); !allowed.ok()) {
    return allowed.problems();
  }
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  Result<std::vector<StoredBallot>> stored = stores.ballots.all(process_id);
  if (!stored.ok()) return stored.problems();
  return ballot_box(std::move(stored).value());
}

}  // namespace sammen::server::ballots
