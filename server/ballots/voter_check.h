// VoterCheck: who a voter code belongs to on a process's roll, with the
// slow-down of unknown codes. Shared by the ballots and credentials use cases.
//
// The code is checked by its keyed hash and never stored. An unknown code
// counts as a failure of the address it came from (AttemptLog,
// kVoterCodePolicy); while the address must wait, no code is looked at.
#pragma once

#include <string>

#include "ballots/store.h"
#include "core/attempt_log.h"
#include "core/auth.h"

namespace sammen::server::ballots {

// A voter code as the request carried it, the field it came in (the
// subject of problems with it) and the address it came from.
struct VoterCode {
  std::string code;
  std::string field;
  std::string address;
};

// What a voter code is checked with.
struct VoterCheck {
  Store& roll;
  const auth::VoterCodeHasher& voter_codes;
  AttemptLog& attempts;
};

// The voter on the process's roll. Problems: kVoterCodeMissing,
// kTooManyAttempts, kVoterCodeUnknown (naming the code's field).
Result<Voter> voter_on_roll(const VoterCheck& check, const std::string& process_id,
                            const VoterCode& voter_code, UnixSeconds now);

}  // namespace sammen::server::ballots
