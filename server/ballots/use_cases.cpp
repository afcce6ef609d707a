#include "ballots/use_cases.h"

#include "sammen/credentials/receipt.h"

namespace sammen::server::ballots {
namespace {

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

// The ballot under the receipt the resident brought, group-committed. The
// process is open and the ballot has no problems of its own.
Result<BallotReceipt> submit_with_receipt(Stores& stores, const Process& process,
                                          const BallotSubmission& submission) {
  const Result<std::string> mark = credentials::check_receipt(
      stores.credentials, process, submission.receipt, submission.ballot.district_id);
  if (!mark.ok()) return mark.problems();
  return stores.committer.put(mark.value(), submission.ballot);
}

// The ballot under a credential the server makes for the voter code's
// holder, both stored together or neither (one transaction of their own, not
// grouped). The process is open and the ballot has no problems of its own;
// the code is looked at only now, so an unknown code hears nothing before.
Result<BallotReceipt> submit_with_code(Stores& stores, const Process& process,
                                       const BallotSubmission& submission,
                                       const std::string& address, UnixSeconds now) {
  const Result<Voter> voter = voter_on_roll(stores.credentials.voters, process.id,
                                            {submission.voter_code, "voter_code", address}, now);
  if (!voter.ok()) return voter.problems();
  if (voter.value().used_on_paper_at) return Problem{ErrorCode::kCodeUsedOnPaper, "voter_code"};
  if (std::optional<Problem> elsewhere =
          why_not_home_district(submission.ballot.district_id, voter.value().district_id)) {
    return *elsewhere;
  }
  std::optional<BallotReceipt> stored;
  const Status done = stores.transactions.all_or_nothing([&]() -> Status {
    const Result<sammen::credentials::Receipt> receipt =
        credentials::issue_for_resident(stores.credentials, process, voter.value());
    if (!receipt.ok()) return receipt.problems();
    const std::string mark = sammen::credentials::ballot_mark(receipt.value());
    const Result<bool> replaced = stores.ballots.put(mark, submission.ballot);
    if (!replaced.ok()) return replaced.problems();
    stored = BallotReceipt{false, submission.ballot, mark,
                           sammen::credentials::receipt_text(receipt.value())};
    return Done{};
  });
  if (!done.ok()) return done.problems();
  credentials::scrub(stores.credentials);
  return std::move(*stored);
}

}  // namespace

Result<BallotReceipt> submit(Stores& stores, const BallotSubmission& submission,
                             const std::string& address, UnixSeconds now) {
  // Held until the ballot is stored: closing waits for it (voting_gate.h).
  const auto ballots_pass = stores.voting.for_ballot();
  const Result<Process> process =
      processes::find_process(stores.processes, submission.ballot.process_id);
  if (!process.ok()) return process.problems();
  const bool with_receipt = !submission.receipt.empty();
  if (!with_receipt && auth::normalize_voter_code(submission.voter_code).empty())
    return Problem{ErrorCode::kVoterCodeMissing, "voter_code"};
  if (std::optional<Problem> closed = why_voting_is_not_open(process.value(), now)) return *closed;
  // The ballot's own problems first: they are the same for any code or receipt.
  if (const Status choices = choice_problems(stores, process.value(), submission.ballot);
      !choices.ok()) {
    return choices.problems();
  }
  if (with_receipt) return submit_with_receipt(stores, process.value(), submission);
  return submit_with_code(stores, process.value(), submission, address, now);
}

Status review(Stores& stores, const Ballot& ballot, UnixSeconds now) {
  const Result<Process> process = processes::find_process(stores.processes, ballot.process_id);
  if (!process.ok()) return process.problems();
  if (std::optional<Problem> closed = why_voting_is_not_open(process.value(), now)) return *closed;
  return choice_problems(stores, process.value(), ballot);
}

Result<OwnBallot> mine(Stores& stores, const std::string& process_id, const std::string& receipt) {
  const Result<Process> process = processes::find_process(stores.processes, process_id);
  if (!process.ok()) return process.problems();
  const std::optional<sammen::credentials::Receipt> parsed =
      sammen::credentials::parse_receipt(receipt);
  if (!parsed) return Problem{ErrorCode::kReceiptMalformed, "receipt"};
  // Any district: the receipt's own ballot says which one.
  const std::string mark = sammen::credentials::ballot_mark(*parsed);
  Result<std::optional<StoredBallot>> stored = stores.ballots.of_mark(process_id, mark);
  if (!stored.ok()) return stored.problems();
  if (!stored.value()) return Problem{ErrorCode::kNotFound, "ballot"};
  const Result<std::string> checked = credentials::check_receipt(
      stores.credentials, process.value(), receipt, stored.value()->ballot.district_id);
  if (!checked.ok()) return checked.problems();
  return OwnBallot{std::move(stored.value()->ballot), mark};
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
