#include "ballots/use_cases.h"

namespace sammen::server::ballots {
namespace {

// The voter's hash when the code is on the process's roll.
Result<std::string> voter_on_roll(Stores& stores, const std::string& process_id,
                                  const VoterCode& voter_code) {
  if (auth::normalize_voter_code(voter_code.code).empty()) {
    return Problem{ErrorCode::kVoterCodeMissing, voter_code.field};
  }
  std::string voter = stores.voter_codes.hash(voter_code.code);
  const Result<bool> on_roll = stores.ballots.on_roll(process_id, voter);
  if (!on_roll.ok()) return on_roll.problems();
  if (!on_roll.value()) return Problem{ErrorCode::kVoterCodeUnknown, voter_code.field};
  return voter;
}

}  // namespace

Result<BallotReceipt> submit(Stores& stores, const BallotSubmission& submission, UnixSeconds now) {
  const auto ballots_pass = stores.voting.for_ballot();
  const Result<Process> process =
      processes::find_process(stores.processes, submission.ballot.process_id);
  if (!process.ok()) return process.problems();
  const Result<std::string> voter =
      voter_on_roll(stores, process.value().id, {submission.voter_code, "voter_code"});
  if (!voter.ok()) return voter.problems();
  if (std::optional<Problem> closed = why_voting_is_not_open(process.value(), now)) return *closed;
  if (std::vector<Problem> problems = validate(submission.ballot, process.value());
      !problems.empty()) {
    return problems;
  }
  return stores.ballots.put(voter.value(), submission.ballot, now);
}

Status review(Stores& stores, const Ballot& ballot, UnixSeconds now) {
  const Result<Process> process = processes::find_process(stores.processes, ballot.process_id);
  if (!process.ok()) return process.problems();
  if (std::optional<Problem> closed = why_voting_is_not_open(process.value(), now)) return *closed;
  if (std::vector<Problem> problems = validate(ballot, process.value()); !problems.empty())
    return problems;
  return Done{};
}

Result<OwnBallot> mine(Stores& stores, const std::string& process_id, const VoterCode& voter_code) {
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  const Result<std::string> voter = voter_on_roll(stores, process_id, voter_code);
  if (!voter.ok()) return voter.problems();
  Result<std::optional<StoredBallot>> stored = stores.ballots.of_voter(process_id, voter.value());
  if (!stored.ok()) return stored.problems();
  if (!stored.value()) return Problem{ErrorCode::kNotFound, "ballot"};
  return OwnBallot{std::move(stored.value()->ballot), stored.value()->submitted_at};
}

Result<BallotBox> box(Stores& stores, const std::optional<std::string>& admin_token,
                      const std::string& process_id) {
  if (const Status admin = auth::require_admin(stores.admin, admin_token); !admin.ok()) {
    return admin.problems();
  }
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  Result<std::vector<StoredBallot>> stored = stores.ballots.all(process_id);
  if (!stored.ok()) return stored.problems();
  return ballot_box(std::move(stored).value());
}

}  // namespace sammen::server::ballots
