#include "ballots/voter_check.h"

namespace sammen::server::ballots {
namespace {

std::string address_key(const VoterCode& voter_code) {
  return "voter-code address " + voter_code.address;
}

}  // namespace

Result<Voter> voter_on_roll(const VoterCheck& check, const std::string& process_id,
                            const VoterCode& voter_code, UnixSeconds now) {
  if (auth::normalize_voter_code(voter_code.code).empty()) {
    return Problem{ErrorCode::kVoterCodeMissing, voter_code.field};
  }
  const Status may = check.attempts.may_try({address_key(voter_code)}, kVoterCodePolicy, now);
  if (!may.ok()) return may.problems();
  Result<std::optional<Voter>> voter =
      check.roll.voter(process_id, check.voter_codes.hash(voter_code.code));
  if (!voter.ok()) return voter.problems();
  if (!voter.value()) {
    check.attempts.failed({address_key(voter_code)}, kVoterCodePolicy, now);
    return Problem{ErrorCode::kVoterCodeUnknown, voter_code.field};
  }
  return std::move(*voter.value());
}

}  // namespace sammen::server::ballots
